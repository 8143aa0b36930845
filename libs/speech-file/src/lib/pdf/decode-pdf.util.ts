import { UnreadableSpeechFileError } from '../unreadable-speech-file.exception';

/** One piece of text as the PDF places it (PDF coordinates: origin at the bottom left). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** Lines whose baselines differ by less than this share of the font size are one line. */
const SAME_LINE = 0.5;
/** A repeated line within this share of the page height from its top or bottom is a running header or footer. */
const MARGIN_BAND = 0.12;
const SENTENCE_END = /[。！？；：…”」』）]$/u;
const HEADING_START = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+[.、．]|第[一二三四五六七八九十]+[，、部])/u;
/** A line that is only a page number: 3, - 3 -, 第3页, 3/12, 第 3 页 共 12 页, Page 3. */
const PAGE_NUMBER = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/iu;

function isAsciiWord(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/u.test(ch);
}

/** Items of one page grouped into lines, top to bottom, each read left to right. */
function pageLines(items: readonly PdfTextItem[]): Line[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ items: PdfTextItem[]; y: number; size: number }> = [];
  for (const item of sorted) {
    const size = item.fontSize || 10;
    const line = lines.find((l) => Math.abs(l.y - item.y) < SAME_LINE * Math.max(size, l.size));
    if (line) line.items.push(item);
    else lines.push({ items: [item], y: item.y, size });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => {
      const parts = l.items.sort((a, b) => a.x - b.x);
      let text = '';
      let right = -Infinity;
      for (const p of parts) {
        const gap = p.x - right;
        // a space only between Latin words or numbers that the PDF set apart
        if (text && gap > 0.25 * l.size && isAsciiWord(text[text.length - 1]) && isAsciiWord(p.str.trimStart()[0])) text += ' ';
        text += text ? p.str.trimStart() : p.str.trim();
        right = Math.max(right, p.x + p.width);
      }
      const first = parts[0] as PdfTextItem;
      return { text: text.trimEnd(), x: first.x, right, y: l.y, size: l.size };
    });
}

/** What a running header or footer is compared by: its text with the numbers taken out. */
function runningKey(text: string): string {
  return text.replace(/\d+/gu, '#').replace(/\s+/gu, '');
}

/** The outermost lines of a page that may be a running header or footer. */
const EDGE_LINES = 2;

/**
 * Running headers and footers: among the two outermost lines at the top and at the bottom of each
 * page (inside the margin band), those whose text, numbers aside, recurs at the same edge on at
 * least half the pages; and page numbers standing alone there.
 */
function dropRunning(pages: Line[][], heights: readonly number[]): Line[][] {
  const edges = pages.map((lines, p) => {
    const h = heights[p] ?? 842;
    const top = lines.slice(0, EDGE_LINES).filter((l) => l.y > h * (1 - MARGIN_BAND));
    const bottom = lines.slice(-EDGE_LINES).filter((l) => l.y < h * MARGIN_BAND);
    return { top, bottom };
  });
  const count = (edge: 'top' | 'bottom'): Map<string, number> => {
    const seen = new Map<string, number>();
    for (const e of edges) for (const k of new Set(e[edge].map((l) => runningKey(l.text)))) seen.set(k, (seen.get(k) ?? 0) + 1);
    return seen;
  };
  const seen = { top: count('top'), bottom: count('bottom') };
  const quorum = Math.max(2, Math.ceil(pages.length / 2));
  const running = (l: Line, edge: 'top' | 'bottom'): boolean =>
    PAGE_NUMBER.test(l.text.trim()) || (pages.length >= 2 && (seen[edge].get(runningKey(l.text)) ?? 0) >= quorum);
  return pages.map((lines, p) => {
    const e = edges[p] as { top: Line[]; bottom: Line[] };
    const drop = new Set<Line>([...e.top.filter((l) => running(l, 'top')), ...e.bottom.filter((l) => running(l, 'bottom'))]);
    return lines.filter((l) => !drop.has(l));
  });
}

/**
 * Lines joined into paragraphs without spaces: a new paragraph starts at an indented line, at a
 * heading, after a short line that ends a sentence, or after a gap wider than the usual line
 * spacing. A paragraph may run on across a page break.
 */
function joinParagraphs(pages: Line[][]): string {
  const all = pages.flat();
  if (all.length === 0) return '';
  const left = Math.min(...all.map((l) => l.x));
  const right = Math.max(...all.map((l) => l.right));
  const paragraphs: string[] = [];
  let current = '';
  for (const lines of pages) {
    const gaps = lines.slice(1).map((l, k) => (lines[k] as Line).y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
    const usualGap = gaps[Math.floor(gaps.length / 2)] ?? Infinity;
    lines.forEach((line, k) => {
      const prev = k > 0 ? lines[k - 1] : undefined;
      const indented = line.x > left + 0.8 * line.size;
      const afterShort = current !== '' && SENTENCE_END.test(current) && (prev ? prev.right < right - 1.5 * prev.size : true);
      const wideGap = prev !== undefined && prev.y - line.y > usualGap * 1.5;
      const starts = current === '' || indented || afterShort || wideGap || HEADING_START.test(line.text);
      if (starts && current !== '') {
        paragraphs.push(current);
        current = '';
      }
      const joinSpace = current !== '' && isAsciiWord(current[current.length - 1]) && isAsciiWord(line.text[0]) ? ' ' : '';
      current += joinSpace + line.text.trim();
    });
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs.join('\n');
}

/** Text of pages already read from a PDF (exported for tests of the layout rules). */
export function pdfPagesToText(pages: ReadonlyArray<readonly PdfTextItem[]>, heights: readonly number[]): string {
  return joinParagraphs(dropRunning(pages.map(pageLines), heights));
}

const NO_TEXT_LAYER = '扫描件没有文字层，请上传文字版或粘贴文本 (the PDF has no text layer: upload a text PDF or paste the text).';

/**
 * The text of a PDF with a text layer, in reading order page by page, without running headers,
 * footers and page numbers. A scanned PDF (images only) is refused with reason `pdf-no-text-layer`.
 */
export async function decodePdf(bytes: Uint8Array): Promise<string> {
  let pages: PdfTextItem[][];
  const heights: number[] = [];
  try {
    // Loaded on demand: PDF.js is large and most speeches are text or .docx.
    const { getDocumentProxy } = await import('unpdf');
    // PDF.js takes ownership of the buffer it is given: hand it a copy
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      heights.push(page.getViewport({ scale: 1 }).height);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, , , x, y] = it.transform as number[];
        items.push({ str: it.str, x: x ?? 0, y: y ?? 0, width: it.width, fontSize: Math.hypot(a ?? 0, b ?? 0) || it.height });
      }
      pages.push(items);
    }
    await pdf.cleanup();
  } catch {
    throw new UnreadableSpeechFileError('corrupt-pdf', 'PDF 文件已损坏，无法读取 (the PDF file is corrupt).');
  }
  const text = pdfPagesToText(pages, heights);
  if (text.replace(/\s+/gu, '').length === 0) throw new UnreadableSpeechFileError('pdf-no-text-layer', NO_TEXT_LAYER);
  return text;
}
