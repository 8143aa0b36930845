import { chineseDaysCalendar, WorkingCalendar } from '@luoshi/common';
import { parseYmd, type Ymd } from './deadlines/calendar.util';
import { findAudience } from './header/audience.util';
import { findSpeakerBody } from './header/speaker-body.util';
import { findSpeechDate } from './header/speech-date.util';
import { findTitle } from './header/title.util';
import { findOrgMentions, MentionIndex } from './organizations/org-mention.util';
import { OrgRegistry } from './organizations/org-registry.util';
import { findUnknownNames, firstOccurrences, withUnknownNames } from './organizations/unresolved-org.util';
import { buildOutline, findHeadings, splitParagraphs } from './outline/heading.util';
import type { OutlineNode } from './outline/outline.type';
import type { Draft } from './structure/draft.type';
import { finalizeDrafts } from './structure/finalize.util';
import { sortByStart } from './structure/sort-by-start.util';
import { processNode, processPassage, type BuildContext } from './structure/item-builder.util';
import { normalizeText, originalSpan } from './text/normalize-text.util';
import type { ExtractOptions, ExtractionResult } from './types/extraction.type';

let defaultCalendar: WorkingCalendar | null = null;

/** The date a speech without one reads its deadline phrases from, for their spans only (never a due date). */
const UNDATED_REF: Ymd = { y: 2000, m: 1, d: 1 };

/** The published Chinese calendar, built once: callers without their own calendar table share it. */
export function publishedCalendar(): WorkingCalendar {
  defaultCalendar ??= new WorkingCalendar(chineseDaysCalendar());
  return defaultCalendar;
}

function emptyResult(date: string | null): ExtractionResult {
  return { title: '', date, audience: [], unresolvedOrgs: [], items: [] };
}

function run(options: ExtractOptions): ExtractionResult {
  const given = parseYmd(options.date ?? null) ? (options.date as string) : null;
  const today = parseYmd(options.today ?? null) ? (options.today as string) : null;
  const norm = normalizeText(typeof options.text === 'string' ? options.text : '');
  const { text } = norm;
  const registry = new OrgRegistry(Array.isArray(options.registry) ? options.registry : []);
  const paragraphs = splitParagraphs(text);
  const { title, paragraph: titleParagraph } = findTitle(text, paragraphs);
  const written = findSpeechDate(text, paragraphs);
  const date = given ?? written ?? today;
  const known = findOrgMentions(text, registry);
  const unknownNames = findUnknownNames(text, known, registry);
  const mentions = withUnknownNames(known, unknownNames);
  const mentionIndex = new MentionIndex(mentions, text.length);

  const headings = findHeadings(text, paragraphs).filter((h) => !titleParagraph || h.start !== titleParagraph.start);
  const { roots, closings } = buildOutline(text, paragraphs, headings);
  const firstHeading = roots[0]?.heading.start ?? text.length;
  const speakerBody = findSpeakerBody(text, firstHeading, mentions);
  // the body the speaker speaks for (我代表A作表态发言) is not its own audience
  const audience = findAudience(text, firstHeading, mentions).filter((o) => o !== speakerBody);
  const topRank = roots.reduce((r, n) => Math.min(r, n.heading.rank), Infinity);

  const ref = parseYmd(date);
  const calendar = options.calendar instanceof WorkingCalendar ? options.calendar : publishedCalendar;
  // titles leave out a leading deadline also in a speech without a date: its span does not need one
  const deadlines = { ref: ref ?? UNDATED_REF, source: calendar };
  const ctx: BuildContext = { text, mentions, mentionIndex, registry, deadlines, drafts: [] };
  const bodyStart = titleParagraph ? titleParagraph.end : 0;
  processPassage(ctx, bodyStart, firstHeading, null);
  for (const node of roots) processNode(ctx, node, null, node.heading.rank === topRank);
  // closing paragraphs (同志们，… 总之，…) belong to the speech, not to the last section
  let r = 0;
  for (let k = 0; k < closings.length; k++) {
    const c = closings[k] as number;
    while (r < roots.length && (roots[r] as OutlineNode).heading.start <= c) r++;
    const nextHeading = roots[r]?.heading.start ?? text.length;
    const nextClosing = closings[k + 1] ?? text.length;
    processPassage(ctx, c, Math.min(nextHeading, nextClosing), null);
  }
  const roots2: Draft[] = sortByStart(ctx.drafts.slice());

  const items = finalizeDrafts(roots2, { norm, mentions, mentionIndex, registry, audience, speakerBody, ref, calendar });
  const unresolvedOrgs = firstOccurrences(unknownNames).map((u) => {
    const span = originalSpan(norm, u.start, u.end);
    return { text: norm.original.slice(span.start, span.end), start: span.start, end: span.end };
  });
  return { title, date, audience, unresolvedOrgs, items };
}

/**
 * Turns a speech into a draft of tracked items. Pure and total: it never throws; on an internal
 * failure it returns an empty extraction rather than losing the upload.
 */
export function extract(options: ExtractOptions): ExtractionResult {
  try {
    return run(options);
  } catch {
    const given = options && parseYmd(options.date ?? null) ? (options.date as string) : null;
    return emptyResult(given);
  }
}
