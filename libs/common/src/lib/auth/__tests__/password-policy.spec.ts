import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_POLICY, meetsPasswordPolicy, passwordClassCount } from '../password-policy';

describe('password policy (8 characters, 3 of 4 classes by default)', () => {
  it.each([
    ['abcdefgh', 1],
    ['abcd1234', 2],
    ['Abcd1234', 3],
    ['Abcd-123', 4],
    ['ABCD_EFG', 2],
    ['密码密码密码密码', 1],
    ['    ', 0],
  ])('%s mixes %i classes', (password, classes) => {
    expect(passwordClassCount(password)).toBe(classes);
  });

  it.each([
    ['Abcd1234', true],
    ['Abcd-123', true],
    ['abcd-123', true],
    ['Abc-12', false],
    ['abcdefgh', false],
    ['abcd1234', false],
    ['admin123', false],
    ['ABCD-EFGH', false],
  ])('%s meets the default policy: %s', (password, ok) => {
    expect(meetsPasswordPolicy(password, DEFAULT_PASSWORD_POLICY)).toBe(ok);
  });

  it('counts length in characters, not UTF-16 units, and follows a stricter configuration', () => {
    expect(meetsPasswordPolicy('A1-😀😀😀', { minLength: 7, minClasses: 3 })).toBe(false);
    expect(meetsPasswordPolicy('Ab1-😀😀😀', { minLength: 7, minClasses: 3 })).toBe(true);
    expect(meetsPasswordPolicy('Abcd1234', { minLength: 8, minClasses: 4 })).toBe(false);
    expect(meetsPasswordPolicy('Abcd123!', { minLength: 8, minClasses: 4 })).toBe(true);
  });
});
