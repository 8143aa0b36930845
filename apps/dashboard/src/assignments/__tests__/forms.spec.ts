import { describe, expect, it } from 'vitest';
import { laterThan } from '../ExtensionDialog';
import { formatSize } from '../../shared/file-size';
import { toReportBody } from '../ReportDialog';

describe('toReportBody', () => {
  it('keeps the four texts trimmed, a whole percentage, and the uploaded files', () => {
    expect(
      toReportBody({ done: ' 已完成排查 ', nextSteps: '整改', problems: '', helpNeeded: undefined, percent: '62.4', attachments: ['f1', 'f2'], id: 'a1', state: 'signed' }),
    ).toEqual({ done: '已完成排查', nextSteps: '整改', problems: '', helpNeeded: '', percent: 62, attachments: ['f1', 'f2'] });
  });

  it('sends no attachment list when there is none, and bounds the percentage', () => {
    expect(toReportBody({ done: 'x', percent: 140, attachments: [] })).toEqual({ done: 'x', nextSteps: '', problems: '', helpNeeded: '', percent: 100 });
    expect(toReportBody({ done: 'x', percent: 'abc' }).percent).toBe(0);
  });
});

describe('laterThan', () => {
  it('accepts only a date after the current due date', () => {
    const validate = laterThan('2026-06-30');
    expect(validate('2026-07-01')).toBeUndefined();
    expect(validate('2026-06-30')).toEqual({ message: 'luoshi.forms.newDueDateAfter', args: { date: '2026-06-30' } });
    expect(laterThan(null)('2026-01-01')).toBeUndefined();
  });
});

describe('formatSize', () => {
  it('names bytes as people read them', () => {
    expect(formatSize(980)).toBe('980 B');
    expect(formatSize(12_595)).toBe('12 KB');
    expect(formatSize(4_300_000)).toBe('4.1 MB');
  });
});
