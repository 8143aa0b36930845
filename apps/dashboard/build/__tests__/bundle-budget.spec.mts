import { describe, expect, it } from 'vitest';
import { firstScreenChunks, formatReport, measure, type BudgetChunk } from '../bundle-budget.mts';

const chunk = (fileName: string, code: string, more: Partial<BudgetChunk> = {}): BudgetChunk => ({ fileName, code, isEntry: false, facadeModuleId: null, imports: [], ...more });

describe('the first-screen bundle budget', () => {
  const chunks = [
    chunk('index.js', 'entry', { isEntry: true, imports: ['vendor.js'] }),
    chunk('vendor.js', 'vendor'),
    chunk('Board.js', 'board', { facadeModuleId: '/repo/apps/dashboard/src/leaders/LeadersBoard.tsx', imports: ['shared.js'] }),
    chunk('shared.js', 'shared', { imports: ['vendor.js'] }),
    chunk('EChart.js', 'charts', { facadeModuleId: '/repo/apps/dashboard/src/leaders/EChart.tsx' }),
    chunk('Other.js', 'other page', { facadeModuleId: '/repo/apps/dashboard/src/leaders/ScorecardPage.tsx' }),
  ];

  it('counts the entry, its static imports and the home screen with its own, not the lazy charts or other pages', () => {
    expect(firstScreenChunks(chunks, ['src/leaders/LeadersBoard.tsx']).map((c) => c.fileName)).toEqual(['index.js', 'vendor.js', 'Board.js', 'shared.js']);
  });

  it('fails above the limit and lists what is loaded later apart', () => {
    // Text that gzip cannot shrink much: a fixed pseudo-random sequence.
    let seed = 7;
    const noise = Array.from({ length: 10_000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
    const big = [chunk('index.js', noise, { isEntry: true })];
    const over = measure(big, 1_000);
    expect(over.ok).toBe(false);
    expect(over.totalGzip).toBeGreaterThan(1_000);
    const fine = measure(firstScreenChunks(chunks, ['src/leaders/LeadersBoard.tsx']), 500_000, chunks);
    expect(fine.ok).toBe(true);
    expect(fine.later.map((l) => l.fileName).sort()).toEqual(['EChart.js', 'Other.js']);
    expect(formatReport(fine)).toMatch(/within the budget of 500\.0 kB/);
    expect(formatReport(over)).toMatch(/OVER the budget of 1\.0 kB/);
  });
});
