import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What the budget needs of an output chunk (Rollup's and Rolldown's OutputChunk have these). */
export interface BudgetChunk {
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: readonly string[];
  code: string;
}

export interface BudgetLine {
  fileName: string;
  bytes: number;
  gzip: number;
}

export interface BudgetReport {
  lines: BudgetLine[];
  /** The chunks loaded later (other pages, the charts), for the record: not part of the budget. */
  later: BudgetLine[];
  totalGzip: number;
  limitGzip: number;
  ok: boolean;
}

/**
 * The chunks the browser loads before the first screen shows: the entry and everything it imports
 * statically, plus the lazily loaded home screen (`homeModules`, matched by the end of the module's
 * path) with its own static imports: its dynamic import starts as soon as the home route renders.
 */
export function firstScreenChunks(chunks: readonly BudgetChunk[], homeModules: readonly string[]): BudgetChunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const chunk = byName.get(name);
    if (!chunk) return;
    seen.add(name);
    chunk.imports.forEach(visit);
  };
  const isHome = (c: BudgetChunk) => c.facadeModuleId !== null && homeModules.some((m) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(m));
  chunks.filter((c) => c.isEntry || isHome(c)).forEach((c) => visit(c.fileName));
  return chunks.filter((c) => seen.has(c.fileName));
}

const sized = (chunks: readonly BudgetChunk[]): BudgetLine[] =>
  chunks.map((c) => ({ fileName: c.fileName, bytes: Buffer.byteLength(c.code), gzip: gzipSync(c.code, { level: 9 }).length })).sort((a, b) => b.gzip - a.gzip);

/** Gzipped sizes of the first screen's chunks against the limit; the other chunks listed apart. */
export function measure(first: readonly BudgetChunk[], limitGzip: number, all: readonly BudgetChunk[] = first): BudgetReport {
  const lines = sized(first);
  const firstNames = new Set(first.map((c) => c.fileName));
  const later = sized(all.filter((c) => !firstNames.has(c.fileName)));
  const totalGzip = lines.reduce((sum, l) => sum + l.gzip, 0);
  return { lines, later, totalGzip, limitGzip, ok: totalGzip <= limitGzip };
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export function formatReport(report: BudgetReport): string {
  const row = (l: BudgetLine) => `  ${l.fileName.padEnd(44)} ${kB(l.bytes).padStart(11)}  gzip ${kB(l.gzip).padStart(9)}`;
  const verdict = report.ok ? 'within' : 'OVER';
  const laterGzip = report.later.reduce((sum, l) => sum + l.gzip, 0);
  return [
    'first screen JavaScript (entry + static imports + the home screen, 督办看板, without its lazily loaded charts):',
    ...report.lines.map(row),
    `  total gzip ${kB(report.totalGzip)} — ${verdict} the budget of ${kB(report.limitGzip)}`,
    `loaded later (other pages, ECharts), not in the budget: ${report.later.length} chunks, gzip ${kB(laterGzip)}; the largest:`,
    ...report.later.slice(0, 5).map(row),
  ].join('\n');
}

/** Fails the build when the first screen's JavaScript grows past `limitGzip` bytes gzipped. */
export function bundleBudget(options: { limitGzip: number; homeModules: readonly string[] }): Plugin {
  return {
    name: 'luoshi-bundle-budget',
    apply: 'build',
    generateBundle(_output, bundle) {
      const chunks = Object.values(bundle).flatMap((o): BudgetChunk[] =>
        o.type === 'chunk' ? [{ fileName: o.fileName, isEntry: o.isEntry, facadeModuleId: o.facadeModuleId, imports: o.imports, code: o.code }] : [],
      );
      const report = measure(firstScreenChunks(chunks, options.homeModules), options.limitGzip, chunks);
      const text = formatReport(report);
      if (!report.ok) this.error(text);
      // Printed on every build (the nx target's log shows it), not only when it fails.
      process.stdout.write(`\n${text}\n`);
    },
  };
}
