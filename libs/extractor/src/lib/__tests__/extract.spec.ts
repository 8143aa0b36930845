import { WorkingCalendar } from '@luoshi/common';
import { describe, expect, it } from 'vitest';
import { extract, publishedCalendar } from '../extract';
import type { RegistryOrg } from '../types/extraction.type';

const REGISTRY: RegistryOrg[] = [
  { name: '财政局', kind: 'government' },
  { name: '妇联', kind: 'mass_org' },
];

describe('extract: options', () => {
  const speech = (dateLine: string) => `在全县工作会议上的讲话\n${dateLine}\n县财政局要在5个工作日内拨付资金。`;

  it('takes the given date over the written one, the written one over today', () => {
    expect(extract({ text: speech('（2026年4月8日）'), registry: REGISTRY, date: '2026-05-06', today: '2026-01-05' }).date).toBe('2026-05-06');
    expect(extract({ text: speech('（2026年4月8日）'), registry: REGISTRY, today: '2026-01-05' }).date).toBe('2026-04-08');
    expect(extract({ text: speech('同志们：'), registry: REGISTRY, today: '2026-01-05' }).date).toBe('2026-01-05');
    expect(extract({ text: speech('同志们：'), registry: REGISTRY }).date).toBeNull();
    // what is no date is ignored
    expect(extract({ text: speech('（2026年4月8日）'), registry: REGISTRY, date: '2026-4-8', today: 'x' }).date).toBe('2026-04-08');
    expect(extract({ text: speech('同志们：'), registry: REGISTRY, date: null, today: '2026-02-30' }).date).toBeNull();
  });

  it('resolves deadlines against that date and the calendar given, else the published one', () => {
    const due = (options: Partial<Parameters<typeof extract>[0]>) => extract({ text: speech('同志们：'), registry: REGISTRY, date: '2026-04-08', ...options }).items.map((i) => i.due);
    expect(due({})).toEqual(['2026-04-15']);
    // an office calendar that rests on 04-09 and 04-10
    const office = new WorkingCalendar([
      { date: '2026-04-09', working: false, name: null },
      { date: '2026-04-10', working: false, name: null },
    ]);
    expect(due({ calendar: office })).toEqual(['2026-04-17']);
    expect(due({ calendar: { addWorkingDays: () => '2030-01-01' } as unknown as WorkingCalendar })).toEqual(['2026-04-15']);
    expect(due({ date: null })).toEqual([null]);
    expect(publishedCalendar()).toBe(publishedCalendar());
  });

  it('reads the title, the audience and unknown organizations against the original text', () => {
    const text = '\uFEFF在全县工作会议上的讲话\n出席会议的有：县财政局、县妇联。\n县侨联 要做好联络工作。';
    const r = extract({ text, registry: REGISTRY, date: '2026-04-08' });
    expect(r.title).toBe('在全县工作会议上的讲话');
    expect(r.audience).toEqual(['财政局', '妇联']);
    expect(r.unresolvedOrgs).toEqual([{ text: '县侨联', start: 29, end: 32 }]);
    expect(text.slice(1).slice(29, 32)).toBe('县侨联');
    // the body that must act is named, though unknown: the audience is not given its task
    expect(r.items.map((i) => [i.text, i.orgs])).toEqual([['县侨联要做好联络工作。', []]]);
  });

  it('survives what is not a speech or a registry', () => {
    expect(extract({ text: 42 as unknown as string, registry: REGISTRY })).toEqual({ title: '', date: null, audience: [], unresolvedOrgs: [], items: [] });
    const r = extract({ text: '县财政局要做好。', registry: 'none' as unknown as RegistryOrg[], date: '2026-04-08' });
    expect(r.items.map((i) => i.orgs)).toEqual([[]]);
    expect(extract(null as unknown as Parameters<typeof extract>[0])).toEqual({ title: '', date: null, audience: [], unresolvedOrgs: [], items: [] });
    expect(extract({ get text(): string { throw new Error('boom'); }, registry: [], date: '2026-04-08' })).toEqual({ title: '', date: '2026-04-08', audience: [], unresolvedOrgs: [], items: [] });
  });

  it('puts closing paragraphs after the last section at the top level', () => {
    const text = ['在全县工作会议上的讲话', '一、加强保障', '县财政局要保障资金。', '二、强化服务', '县妇联要关爱儿童。', '同志们，县财政局要抓好落实。'].join('\n');
    const r = extract({ text, registry: REGISTRY, date: '2026-04-08' });
    expect(r.items.map((i) => [i.kind, i.text, i.parentId])).toEqual([
      ['section', '一、加强保障', null],
      ['directive', '县财政局要保障资金。', '1'],
      ['section', '二、强化服务', null],
      ['directive', '县妇联要关爱儿童。', '3'],
      ['directive', '同志们，县财政局要抓好落实。', null],
    ]);
  });
});
