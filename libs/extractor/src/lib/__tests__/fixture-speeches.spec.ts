import { describe, expect, it } from 'vitest';
import { SPEECH_FIXTURES } from '../../__fixtures__';
import { extract } from '../extract';
import type { ExtractedItem } from '../types/extraction.type';

const squash = (s: string): string => s.replace(/[^\u4e00-\u9fff0-9A-Za-z]/gu, '');

describe.each(SPEECH_FIXTURES.map((f) => [f.name, f] as const))('own test speech: %s', (_name, f) => {
  // Extracted inside each test, not once while collecting: the mutation run (tools/mutation) sees
  // which tests reach which code only for work done inside a test.
  const run = () => {
    const result = extract({ text: f.text, registry: f.registry, date: f.date, today: f.today });
    const actionable = result.items.filter((i) => i.kind !== 'section');
    const find = (phrase: string): ExtractedItem | undefined =>
      actionable.filter((i) => squash(i.text).includes(squash(phrase))).sort((a, b) => a.text.length - b.text.length)[0];
    return { result, actionable, find };
  };
  const original = f.text.replace(/^\uFEFF/u, '');

  it('reads title, date and audience', () => {
    const { result } = run();
    if (f.expectedTitle !== undefined) expect(result.title).toBe(f.expectedTitle);
    expect(result.date).toBe(f.expectedDate);
    expect([...result.audience].sort()).toEqual([...f.expectedAudience].sort());
  });

  it('finds the sections', () => {
    const { result } = run();
    const titles = result.items.filter((i) => i.kind === 'section').map((i) => squash(i.title));
    for (const s of f.expectedSections) expect(titles, s).toContain(squash(s));
  });

  it.each(f.expectedItems.map((e) => [e.contains, e] as const))('extracts %s', (_c, e) => {
    const { result, find } = run();
    const item = find(e.contains);
    expect(item, e.contains).toBeDefined();
    if (!item) return;
    expect(item.kind).toBe(e.kind);
    if (e.title !== undefined) expect(item.title).toBe(e.title);
    if (e.orgs) expect([...item.orgs].sort()).toEqual([...e.orgs].sort());
    if (e.lead !== undefined) expect(item.lead).toBe(e.lead);
    if (e.due !== undefined) expect(item.due).toBe(e.due);
    if (e.cadence !== undefined) expect(item.cadence).toBe(e.cadence);
    if (e.parent) {
      const parent = result.items.find((i) => i.id === item.parentId);
      expect(parent && squash(parent.text).includes(squash(e.parent)), `parent of ${e.contains}`).toBe(true);
    }
  });

  it('extracts no praise, quotation or rhetoric', () => {
    const { actionable } = run();
    for (const phrase of f.forbidden) {
      expect(actionable.filter((i) => squash(i.text).includes(squash(phrase))), phrase).toEqual([]);
    }
  });

  it('gives every item a span that holds its text', () => {
    const { result } = run();
    for (const i of result.items) {
      expect(i.start).toBeGreaterThanOrEqual(0);
      expect(i.end).toBeGreaterThan(i.start);
      expect(i.end).toBeLessThanOrEqual(original.length);
      expect(original.slice(i.start, i.end).replace(/\s+/gu, '')).toBe(i.text);
    }
  });

  it('reports unknown organizations', () => {
    const { result } = run();
    const names = result.unresolvedOrgs.map((u) => u.text);
    for (const n of f.expectedUnresolved ?? []) expect(names).toContain(n);
    for (const u of result.unresolvedOrgs) expect(original.slice(u.start, u.end)).toBe(u.text);
  });
});
