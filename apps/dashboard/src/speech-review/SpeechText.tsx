import type { ItemKind } from '@luoshi/common';
import Box from '@mui/material/Box';
import { alpha, useTheme, type Theme } from '@mui/material/styles';
import { memo, useEffect, useRef } from 'react';
import type { TextSegment } from './text-segments';

/** Where the text should scroll to: an item's span or an offset (a mention). `key` repeats a request. */
export interface ScrollRequest {
  key: number;
  itemId?: string;
  offset?: number;
}

export function kindColor(theme: Theme, kind: ItemKind): string {
  if (kind === 'section') return theme.palette.info.main;
  if (kind === 'commitment') return theme.palette.success.main;
  return theme.palette.warning.main;
}

interface SegmentsProps {
  text: string;
  segments: readonly TextSegment[];
}

/**
 * One `<span>` per run of the segmented text. Memoized on the text and its segments only: the
 * selection is drawn by a CSS rule on the container, so selecting or editing an item never
 * re-renders the speech.
 */
/** Equal runs draw the same text: a save that moved no span re-renders nothing. */
function sameSegments(a: SegmentsProps, b: SegmentsProps): boolean {
  if (a.text !== b.text) return false;
  if (a.segments === b.segments) return true;
  if (a.segments.length !== b.segments.length) return false;
  return a.segments.every((s, k) => {
    const t = b.segments[k] as TextSegment;
    return s.start === t.start && s.end === t.end && s.kind === t.kind && s.mention === t.mention && s.itemIds.join(' ') === t.itemIds.join(' ');
  });
}

const Segments = memo(function Segments({ text, segments }: SegmentsProps) {
  return (
    <>
      {segments.map((s) => (
        <span
          key={s.start}
          data-start={s.start}
          data-items={s.itemIds.length ? s.itemIds.join(' ') : undefined}
          data-kind={s.kind ?? undefined}
          data-mention={s.mention ? '' : undefined}
        >
          {text.slice(s.start, s.end)}
        </span>
      ))}
    </>
  );
}, sameSegments);

/** The offset in the speech of where the user clicked or where their text selection starts. */
function selectionOffset(container: HTMLElement): number | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const node = range.startContainer;
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node instanceof Element ? node : null;
  const segment = element?.closest('[data-start]');
  if (!segment || !container.contains(segment)) return null;
  return Number(segment.getAttribute('data-start')) + (node.nodeType === Node.TEXT_NODE ? range.startOffset : 0);
}

function scrollInto(container: HTMLElement, target: Element) {
  const box = container.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  container.scrollTo({ top: container.scrollTop + rect.top - box.top - box.height / 4, behavior: 'smooth' });
}

export interface SpeechTextProps {
  text: string;
  segments: readonly TextSegment[];
  selectedId: string | null;
  selectedKind: ItemKind | null;
  scrollRequest: ScrollRequest | null;
  onSelectOffset: (offset: number) => void;
  height: string;
}

export function SpeechText({ text, segments, selectedId, selectedKind, scrollRequest, onSelectOffset, height }: SpeechTextProps) {
  const theme = useTheme();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = ref.current;
    if (!container || !scrollRequest) return;
    const selector =
      scrollRequest.itemId !== undefined
        ? `[data-items~="${CSS.escape(scrollRequest.itemId)}"]`
        : `[data-start="${scrollRequest.offset ?? 0}"]`;
    const target = container.querySelector(selector);
    if (target) scrollInto(container, target);
  }, [scrollRequest]);

  const tint = (kind: ItemKind, strength: number) => alpha(kindColor(theme, kind), strength);
  const selectedRule =
    selectedId && selectedKind
      ? {
          [`& [data-items~="${CSS.escape(selectedId)}"]`]: {
            backgroundColor: tint(selectedKind, 0.42),
            boxShadow: `0 2px 0 ${kindColor(theme, selectedKind)}`,
          },
        }
      : {};

  return (
    <Box
      ref={ref}
      data-testid="speech-text"
      onMouseUp={() => {
        const offset = ref.current ? selectionOffset(ref.current) : null;
        if (offset !== null) onSelectOffset(offset);
      }}
      sx={{
        height,
        overflowY: 'auto',
        px: 3,
        py: 2,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
        fontSize: '1rem',
        lineHeight: 2,
        '& [data-items]': { cursor: 'pointer', borderRadius: '2px' },
        '& [data-kind="section"]': { backgroundColor: tint('section', 0.1) },
        '& [data-kind="directive"]': { backgroundColor: tint('directive', 0.16) },
        '& [data-kind="commitment"]': { backgroundColor: tint('commitment', 0.16) },
        '& [data-mention]': {
          textDecorationLine: 'underline',
          textDecorationStyle: 'wavy',
          textDecorationColor: theme.palette.error.main,
          textUnderlineOffset: '5px',
        },
        ...selectedRule,
      }}
    >
      <Segments text={text} segments={segments} />
    </Box>
  );
}
