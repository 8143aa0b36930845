import { describe, expect, it } from 'vitest';
import { validateChangePassword } from '../change-password-form';

describe('validateChangePassword', () => {
  it('accepts a new password that meets the policy, differs from the old one and is confirmed', () => {
    expect(validateChangePassword({ oldPassword: 'admin123', newPassword: 'New-Pass-1', confirmPassword: 'New-Pass-1' })).toEqual({});
  });

  it('requires both passwords', () => {
    expect(validateChangePassword({})).toEqual({ oldPassword: 'ra.validation.required', newPassword: 'ra.validation.required' });
  });

  it('names the policy the API reported, with its numbers', () => {
    expect(validateChangePassword({ oldPassword: 'x', newPassword: 'lowercase1', confirmPassword: 'lowercase1' })).toEqual({
      newPassword: { message: 'luoshi.auth.passwordPolicy', args: { minLength: 8, minClasses: 3 } },
    });
    expect(validateChangePassword({ oldPassword: 'x', newPassword: 'New-Pass-1', confirmPassword: 'New-Pass-1' }, { minLength: 12, minClasses: 3 })).toEqual({
      newPassword: { message: 'luoshi.auth.passwordPolicy', args: { minLength: 12, minClasses: 3 } },
    });
  });

  it('refuses the old password again and a confirmation that differs', () => {
    expect(validateChangePassword({ oldPassword: 'Old-Pass-1', newPassword: 'Old-Pass-1', confirmPassword: 'Old-Pass-1' })).toEqual({
      newPassword: 'luoshi.auth.passwordUnchanged',
    });
    expect(validateChangePassword({ oldPassword: 'x', newPassword: 'New-Pass-1', confirmPassword: 'New-Pass-2' })).toEqual({
      confirmPassword: 'luoshi.auth.passwordMismatch',
    });
  });
});
