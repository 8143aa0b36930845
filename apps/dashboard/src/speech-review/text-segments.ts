import type { ItemKind } from '@luoshi/common';

/** An item's place in the speech text: `[start, end)` offsets into `rawText`. */
export interface ItemSpan {
  id: string;
  kind: ItemKind;
  start: number;
  end: number;
}

export interface TextRange {
  start: number;
  end: number;
}

/** A run of text covered by the same items and mentions: one `<span>` on screen. */
export interface TextSegment {
  start: number;
  end: number;
  /** The items covering the run, outermost first: the last one is the innermost. */
  itemIds: string[];
  /** The innermost item's kind (its tint); null where no item covers the text. */
  kind: ItemKind | null;
  /** Inside an organization mention the registry does not know. */
  mention: boolean;
}

/** The spans that are usable in a text of this length: clamped into it, empty ones dropped. */
export function spansOf<T extends { id: string; kind: ItemKind; spanStart: number | null; spanEnd: number | null }>(items: readonly T[], length: number): ItemSpan[] {
  const spans: ItemSpan[] = [];
  for (const item of items) {
    if (item.spanStart === null || item.spanEnd === null) continue;
    const start = Math.max(0, Math.min(item.spanStart, length));
    const end = Math.max(0, Math.min(item.spanEnd, length));
    if (end > start) spans.push({ id: item.id, kind: item.kind, start, end });
  }
  return spans;
}

/** Narrower spans are more specific: a directive inside its section wins. */
function isInner(a: ItemSpan, b: ItemSpan): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  return la < lb || (la === lb && a.start > b.start);
}

/**
 * Cuts the text once at every span and mention boundary, so the screen renders one element per
 * run rather than per character: a 100k-character speech with a few hundred items is a few
 * hundred runs. A sweep over the sorted boundaries keeps this near O((n + m) log(n + m)).
 */
export function segmentText(length: number, spans: readonly ItemSpan[], mentions: readonly TextRange[] = []): TextSegment[] {
  if (length <= 0) return [];
  const usableMentions = mentions
    .map((m) => ({ start: Math.max(0, Math.min(m.start, length)), end: Math.max(0, Math.min(m.end, length)) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  for (const m of usableMentions) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const mentionsByStart = [...usableMentions].sort((a, b) => a.start - b.start);

  let active: ItemSpan[] = [];
  let activeMentions: TextRange[] = [];
  let nextSpan = 0;
  let nextMention = 0;
  const segments: TextSegment[] = [];
  for (let k = 0; k < boundaries.length - 1; k++) {
    const start = boundaries[k] as number;
    const end = boundaries[k + 1] as number;
    active = active.filter((s) => s.end > start);
    while (nextSpan < byStart.length && (byStart[nextSpan] as ItemSpan).start <= start) {
      const span = byStart[nextSpan++] as ItemSpan;
      if (span.end > start) active.push(span);
    }
    activeMentions = activeMentions.filter((m) => m.end > start);
    while (nextMention < mentionsByStart.length && (mentionsByStart[nextMention] as TextRange).start <= start) {
      const mention = mentionsByStart[nextMention++] as TextRange;
      if (mention.end > start) activeMentions.push(mention);
    }
    const covering = [...active].sort((a, b) => (isInner(a, b) ? 1 : isInner(b, a) ? -1 : 0));
    const segment: TextSegment = {
      start,
      end,
      itemIds: covering.map((s) => s.id),
      kind: covering.at(-1)?.kind ?? null,
      mention: activeMentions.length > 0,
    };
    const previous = segments.at(-1);
    if (previous && previous.mention === segment.mention && previous.itemIds.join(' ') === segment.itemIds.join(' ')) {
      previous.end = end;
    } else {
      segments.push(segment);
    }
  }
  return segments;
}

/** The innermost item whose span contains the offset (a click or a selection in the text). */
export function itemAtOffset(spans: readonly ItemSpan[], offset: number): string | null {
  let best: ItemSpan | null = null;
  for (const span of spans) {
    if (span.start <= offset && offset < span.end && (!best || isInner(span, best))) best = span;
  }
  return best?.id ?? null;
}
