import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian Chromium, headless and with no calls home: the flags every test that starts it passes. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestPdfPage {
  /** paragraphs of the page; `continued` ones carry on the previous page's last paragraph (no indent) */
  paragraphs: Array<string | { continued: string }>;
}

export interface TestPdfOptions {
  /** a running header printed at the top of every page */
  header?: string;
  /** a running footer; `{n}` becomes the page number */
  footer?: string;
}

function escapeHtml(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/**
 * A PDF printed by Debian's Chromium (`--headless --print-to-pdf`) from an HTML page set in a CJK
 * font (fonts-wqy-zenhei): one A4 sheet per page, with running header and footer, paragraphs
 * indented by two characters and long enough to wrap. With no paragraphs at all, the pages carry
 * only drawn shapes: a PDF without a text layer, like a scan.
 */
export function printTestPdf(pages: readonly TestPdfPage[], options: TestPdfOptions = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-pdf-'));
  try {
    const sheets = pages.map((page, k) => {
      const body = page.paragraphs
        .map((p) => (typeof p === 'string' ? `<p>${escapeHtml(p)}</p>` : `<p class="cont">${escapeHtml(p.continued)}</p>`))
        .join('');
      const header = options.header ? `<div class="hdr">${escapeHtml(options.header)}</div>` : '';
      const footer = options.footer ? `<div class="ftr">${escapeHtml(options.footer.replace('{n}', String(k + 1)))}</div>` : '';
      const shapes = page.paragraphs.length === 0 ? '<div class="scan"></div><div class="scan wide"></div>' : '';
      return `<section>${header}${body}${shapes}${footer}</section>`;
    });
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>
      @page { size: A4; margin: 0; }
      body { margin: 0; font-family: "WenQuanYi Zen Hei", sans-serif; font-size: 15pt; }
      section { position: relative; box-sizing: border-box; width: 210mm; height: 297mm; padding: 28mm 25mm; overflow: hidden; page-break-after: always; }
      p { margin: 0 0 4pt 0; line-height: 1.6; text-indent: 2em; }
      p.cont { text-indent: 0; }
      .hdr { position: absolute; top: 10mm; left: 25mm; right: 25mm; text-align: center; font-size: 10pt; border-bottom: 1px solid #888; }
      .ftr { position: absolute; bottom: 10mm; left: 25mm; right: 25mm; text-align: center; font-size: 10pt; }
      .scan { width: 150mm; height: 40mm; margin: 10mm 0; background: repeating-linear-gradient(0deg, #333 0 2mm, #eee 2mm 5mm); }
      .scan.wide { height: 90mm; }
    </style></head><body>${sheets.join('')}</body></html>`;
    const htmlFile = join(dir, 'page.html');
    const pdfFile = join(dir, 'page.pdf');
    writeFileSync(htmlFile, html);
    execFileSync(
      CHROMIUM_PATH,
      [
        ...CHROMIUM_ARGS,
        '--no-pdf-header-footer',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--print-to-pdf=${pdfFile}`,
        `file://${htmlFile}`,
      ],
      { stdio: 'ignore', timeout: 60_000 },
    );
    return readFileSync(pdfFile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
