import { describe, expect, it } from 'vitest';
import { SPEECH_FIXTURES } from '../../__fixtures__';
import { extract } from '../extract';
import type { RegistryOrg } from '../types/extraction.type';

const REGISTRY: RegistryOrg[] = SPEECH_FIXTURES[0]?.registry ?? [];

// Timings: kept out of the mutation run (tools/mutation), where instrumented code is slower and a
// wall-clock bound says nothing about a mutant.
describe('extract runs in linear time', () => {
  const speech = SPEECH_FIXTURES.map((f) => f.text).join('\n');
  const ofSize = (n: number): string => speech.repeat(Math.ceil(n / speech.length)).slice(0, n);
  const time = (text: string): number => {
    const t0 = performance.now();
    extract({ text, registry: REGISTRY, date: '2026-04-08' });
    return performance.now() - t0;
  };

  it('1 MB takes about ten times 100 KB, and under 3 s', () => {
    time(ofSize(100_000));
    const small = Math.min(time(ofSize(100_000)), time(ofSize(100_000)));
    const big = time(ofSize(1_000_000));
    expect(big).toBeLessThan(3000);
    // generous: a quadratic step would make this 100x
    expect(big / Math.max(small, 1)).toBeLessThan(30);
  });

  it('1 MB of pathological text stays fast', () => {
    for (const text of [
      '。'.repeat(1_000_000),
      '要'.repeat(1_000_000),
      '县'.repeat(1_000_000),
      '比如，工会要做，妇联要做，'.repeat(80_000),
      '市应急管理局、县侨联、'.repeat(90_000),
      '由住建局牵头、公安局配合，'.repeat(80_000),
      '但也要清醒看到，'.repeat(120_000),
    ]) {
      expect(time(text)).toBeLessThan(5000);
    }
  });
});
