import { describe, expect, it } from 'vitest';
import { errorLocaleOf, formatErrorMessage, isErrorCode, isValidationReason, localizeErrorParams } from '../error-code.constant';

describe('isErrorCode', () => {
  it('accepts a catalogue code and nothing else', () => {
    expect(isErrorCode('record.not_found')).toBe(true);
    expect(isErrorCode('validation.field_invalid')).toBe(true);
    expect(isErrorCode('record.not_a_code')).toBe(false);
    expect(isErrorCode('')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode(404)).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
    // Only a string is a code, even one whose text names an entry.
    expect(isErrorCode({ toString: () => 'record.not_found' })).toBe(false);
  });
});

describe('isValidationReason', () => {
  it('accepts the name of a reason, only as a string', () => {
    expect(isValidationReason('max')).toBe(true);
    expect(isValidationReason('isUUID')).toBe(true);
    expect(isValidationReason('maximum')).toBe(false);
    expect(isValidationReason({ toString: () => 'max' })).toBe(false);
    expect(isValidationReason(null)).toBe(false);
  });
});

describe('formatErrorMessage', () => {
  it('is Chinese by default', () => {
    expect(formatErrorMessage('validation.field_required', { field: 'title' })).toBe('缺少必填字段 title。');
    expect(formatErrorMessage('validation.field_required', { field: 'title' }, 'en')).toBe('The field title is required.');
  });

  it('renders a missing param as nothing', () => {
    expect(formatErrorMessage('validation.field_required')).toBe('缺少必填字段 。');
    expect(formatErrorMessage('validation.field_required', {}, 'en')).toBe('The field  is required.');
  });
});

describe('localizeErrorParams', () => {
  it('names a resource only when it is a string', () => {
    expect(localizeErrorParams({ resource: 'assignment' }, 'zh')).toEqual({ resource: '交办任务' });
    const notAString = { toString: () => 'assignment' } as unknown as string;
    expect(localizeErrorParams({ resource: notAString }, 'zh')).toEqual({ resource: notAString });
  });
});

describe('errorLocaleOf', () => {
  it('is English only when the first preference is English', () => {
    expect(errorLocaleOf('en-US,en;q=0.9')).toBe('en');
    expect(errorLocaleOf('EN')).toBe('en');
    expect(errorLocaleOf('  en-GB , zh;q=0.5')).toBe('en');
    expect(errorLocaleOf('zh-CN,en;q=0.9')).toBe('zh');
    expect(errorLocaleOf('fr-en')).toBe('zh');
    expect(errorLocaleOf('')).toBe('zh');
    expect(errorLocaleOf(undefined)).toBe('zh');
    expect(errorLocaleOf(null)).toBe('zh');
  });
});
