import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPEECH_FIXTURES } from '../../__fixtures__';
import { extract } from '../extract';
import type { ExtractionResult, RegistryOrg } from '../types/extraction.type';
import { caseCount } from './sample.util';

const REGISTRY: RegistryOrg[] = SPEECH_FIXTURES[0]?.registry ?? [];

/**
 * What holds for any input: the result has its shape, and every span it reports lies inside the
 * text and holds what it says. Returns how many spans it checked.
 */
function expectValid(text: string, r: ExtractionResult): number {
  const original = text.replace(/^\uFEFF/u, '');
  // asserted on every input, items or not
  expect(typeof r.title).toBe('string');
  expect(r.date === null || /^\d{4}-\d{2}-\d{2}$/u.test(r.date)).toBe(true);
  expect(Array.isArray(r.items) && Array.isArray(r.audience) && Array.isArray(r.unresolvedOrgs)).toBe(true);
  const ids = new Set<string>();
  for (const item of r.items) {
    expect(Number.isInteger(item.start) && Number.isInteger(item.end)).toBe(true);
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end).toBeGreaterThanOrEqual(item.start);
    expect(item.end).toBeLessThanOrEqual(original.length);
    expect(original.slice(item.start, item.end).replace(/\s+/gu, '')).toBe(item.text);
    if (item.parentId !== null) expect(ids.has(item.parentId)).toBe(true);
    ids.add(item.id);
    if (item.due !== null) expect(item.due).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  }
  for (const u of r.unresolvedOrgs) expect(original.slice(u.start, u.end)).toBe(u.text);
  return r.items.length + r.unresolvedOrgs.length;
}

/** Runs a property and asserts it ran `numRuns` times (each run asserts the result's shape). */
function assertOnEvery<T>(arb: fc.Arbitrary<T>, check: (value: T) => void, numRuns: number): void {
  let runs = 0;
  fc.assert(
    fc.property(arb, (value) => {
      check(value);
      runs++;
    }),
    { numRuns, seed: 4242 },
  );
  expect(runs).toBeGreaterThanOrEqual(numRuns);
}

/** Pieces speeches are made of, so random inputs reach the outline and organization code. */
const PIECES = ['一、', '（一）', '（二）', '1.', '2、', '(1)', '第一，', '其二，', '一要', '二是', '一方面，', '另一方面，', '对教育工作来说，', '比如，', '首先，', '最后，',
  '市应急管理局要', '由住建局牵头，', '公安局配合', '各街道', '大家要', '我们也将', '市委将', '年底前', '6月30日前', '每月报送一次', '明年一季度', '习近平总书记指出，', '取得了', '。', '，', '\n', '\r\n', ' ', '\u3000', '...', '关于', '同志们：', '总之，', '\uFEFF'];

const speechLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 120 }).map((a) => a.join(''));

describe('extract never throws and every span is valid', () => {
  it('on random Unicode', () => {
    assertOnEvery(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => expectValid(text, extract({ text, registry: REGISTRY })), caseCount(300, 20));
  });

  it('on random binary-ish strings', () => {
    // any code point, lone surrogates included, as fc.string({ unit: 'binary' }) makes them, whose
    // arbitrary takes seconds to build (a cost paid by every mutant run of `npm run test:mutation`)
    const binaryIsh = fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 400 }).map((points) => String.fromCodePoint(...points));
    assertOnEvery(binaryIsh, (text) => expectValid(text, extract({ text, registry: REGISTRY })), caseCount(300, 20));
  });

  it('on speech-like soup: spans checked on the items it yields', () => {
    let spans = 0;
    assertOnEvery(
      fc.tuple(speechLike, fc.option(fc.constantFrom('2026-04-08', '2025-12-31', 'not-a-date'))),
      ([text, date]) => {
        spans += expectValid(text, extract({ text, registry: REGISTRY, date, today: '2026-01-01' }));
      },
      caseCount(400, 30),
    );
    // the soup does reach the item code: some spans were checked (it is not a claim of recall)
    expect(spans).toBeGreaterThan(0);
  });

  /** Long inputs (a mutant that makes a pass quadratic times out on them): 10,000 repeats, 500 sampled. */
  const n = caseCount(10_000, 500);
  it.each([
    ['only punctuation', '，。、；：！？…（）“”'.repeat(n / 5)],
    ['no punctuation', '各街道要加强基层建设市应急管理局牵头年底前完成'.repeat(n / 5)],
    [`${n} nested （一）`, '（一）'.repeat(n)],
    [`${n} numbered lines`, '1.\n'.repeat(n)],
    [`${n} inline 第一`, '第一，'.repeat(n)],
    [`${n} 一是`, '一是'.repeat(n)],
    [`${n} headings with text`, Array.from({ length: n }, (_, i) => `${i % 2 ? '（一）' : '一、'}要做好第${i}项工作。`).join('\n')],
    ['lone surrogates', '\ud800各街道要\udc00做好。'.repeat(n / 20)],
    ['empty', ''],
  ])('on %s', (_name, text) => {
    expectValid(text, extract({ text, registry: REGISTRY, date: '2026-04-08' }));
  });

  it('with a broken registry', () => {
    const registry = [{ name: '', kind: 'x' }, { name: '教育局', kind: 'government', aliases: [null] }] as unknown as RegistryOrg[];
    expectValid('教育局要做好。', extract({ text: '教育局要做好。', registry }));
  });
});
