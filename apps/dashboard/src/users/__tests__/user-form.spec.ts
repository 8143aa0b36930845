import { describe, expect, it } from 'vitest';
import { isLocked, withoutEmptyPassword } from '../user-form';

describe('withoutEmptyPassword', () => {
  it('drops an empty or missing password so the API keeps the current one', () => {
    expect(withoutEmptyPassword({ name: 'a', version: 2, password: '' })).toEqual({ name: 'a', version: 2 });
    expect(withoutEmptyPassword({ name: 'a', version: 2, password: null })).toEqual({ name: 'a', version: 2 });
    expect(withoutEmptyPassword({ name: 'a', version: 2 })).toEqual({ name: 'a', version: 2 });
  });

  it('keeps a new password', () => {
    expect(withoutEmptyPassword({ name: 'a', password: 'secret123' })).toEqual({ name: 'a', password: 'secret123' });
  });
});

describe('isLocked', () => {
  const now = new Date('2026-12-01T08:00:00Z');
  it('is true only while the lock lasts', () => {
    expect(isLocked({ lockedUntil: '2026-12-01T08:15:00Z' }, now)).toBe(true);
    expect(isLocked({ lockedUntil: '2026-12-01T07:59:59Z' }, now)).toBe(false);
    expect(isLocked({ lockedUntil: null }, now)).toBe(false);
    expect(isLocked({}, now)).toBe(false);
    expect(isLocked(undefined, now)).toBe(false);
    expect(isLocked({ lockedUntil: 'not a date' }, now)).toBe(false);
  });
});
