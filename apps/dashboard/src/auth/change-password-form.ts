import { DEFAULT_PASSWORD_POLICY, meetsPasswordPolicy, type PasswordPolicy } from '@luoshi/common';

export interface ChangePasswordValues {
  oldPassword?: string;
  newPassword?: string;
  confirmPassword?: string;
}

type FieldError = string | { message: string; args: Record<string, number> };

/**
 * The form's own checks, before the API's (which stay the authority): the policy the API
 * reported in /auth/me, a new password unlike the old one, and the confirmation matching.
 */
export function validateChangePassword(values: ChangePasswordValues, policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  if (!values.oldPassword) errors['oldPassword'] = 'ra.validation.required';
  if (!values.newPassword) errors['newPassword'] = 'ra.validation.required';
  else if (!meetsPasswordPolicy(values.newPassword, policy)) {
    errors['newPassword'] = { message: 'luoshi.auth.passwordPolicy', args: { minLength: policy.minLength, minClasses: policy.minClasses } };
  } else if (values.newPassword === values.oldPassword) errors['newPassword'] = 'luoshi.auth.passwordUnchanged';
  if (values.newPassword && values.confirmPassword !== values.newPassword) errors['confirmPassword'] = 'luoshi.auth.passwordMismatch';
  return errors;
}
