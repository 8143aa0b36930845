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

export function measure(chunks: readonly BudgetChunk[], limitGzip: number): BudgetReport {
  const lines = chunks
    .map((c) => ({ fileName: c.fileName, bytes: Buffer.byteLength(c.code), gzip: gzipSync(c.code, { level: 9 }).length }))
    .sort((a, b) => b.gzip - a.gzip);
  const totalGzip = lines.reduce((sum, l) => sum + l.gzip, 0);
  return { lines, totalGzip, limitGzip, ok: totalGzip <= limitGzip };
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export function formatReport(report: BudgetReport): string {
  const rows = report.lines.map((l) => `  ${l.fileName.padEnd(44)} ${kB(l.bytes).padStart(11)}  gzip ${kB(l.gzip).padStart(9)}`);
  const verdict = report.ok ? 'within' : 'OVER';
  return [
    'first screen JavaScript (entry + static imports + the lazily loaded home screen):',
    ...rows,
    `  total gzip ${kB(report.totalGzip)} — ${verdict} the budget of ${kB(report.limitGzip)}`,
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
      const report = measure(firstScreenChunks(chunks, options.homeModules), options.limitGzip);
      const text = formatReport(report);
      if (!report.ok) this.error(text);
      this.info(text);
    },
  };
}
