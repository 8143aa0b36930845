import { describe, expect, it } from 'vitest';
import { RECORD_RESOURCES } from '../catalogue/record.errors';
import { ERROR_CATALOGUE, VALIDATION_REASONS, formatErrorMessage, localizeErrorParams } from '../error-code.constant';

const HAN = /\p{Script=Han}/u;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
// A Chinese sentence may name the Chinese form of a value (`{stateZh}` for the English `{state}`).
const asEnglish = (names: string[]) => names.map((n) => n.replace(/Zh$/, '')).sort();

describe('the error catalogue', () => {
  const tables = { ERROR_CATALOGUE, VALIDATION_REASONS, RECORD_RESOURCES };
  for (const [table, entries] of Object.entries(tables)) {
    it(`${table}: every entry has a Chinese sentence and an English one with the same placeholders`, () => {
      for (const [key, entry] of Object.entries(entries)) {
        expect(entry.zh, `${key} zh`).toMatch(HAN);
        expect(entry.en, `${key} en`).not.toMatch(HAN);
        expect(entry.en.trim().length, `${key} en`).toBeGreaterThan(1);
        expect(asEnglish(placeholders(entry.zh)), key).toEqual(placeholders(entry.en));
      }
    });
  }

  it('renders a named reason and resource in the reader language, and keeps free text as it is', () => {
    const params = { field: 'percent', reason: 'max', max: 100 };
    expect(formatErrorMessage('validation.field_invalid', params, 'zh')).toBe('字段 percent 无效：不能大于 100。');
    expect(formatErrorMessage('validation.field_invalid', params, 'en')).toBe('Field percent is invalid: must not be greater than 100.');
    expect(formatErrorMessage('record.not_found', { resource: 'assignment' }, 'zh')).toBe('找不到该交办任务。');
    expect(formatErrorMessage('validation.field_invalid', { field: 'x', reason: 'a free text' }, 'en')).toBe('Field x is invalid: a free text.');
    // A reason named like a built-in property is not a reason.
    expect(localizeErrorParams({ reason: 'constructor' }, 'zh')).toEqual({ reason: 'constructor' });
    expect(localizeErrorParams({ resource: '__proto__' }, 'en')).toEqual({ resource: '__proto__' });
  });
});
