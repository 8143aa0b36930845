import { Injectable } from '@nestjs/common';
import { meetsPasswordPolicy, type PasswordPolicy } from '@luoshi/common';
import { Environment } from '@luoshi/config';
import { AppException } from '../../core/http/app.exception';

/** The deployment's password rules (PASSWORD_MIN_LENGTH, PASSWORD_MIN_CLASSES), applied to every password a person chooses or is given. */
@Injectable()
export class PasswordPolicyService {
  constructor(private readonly env: Environment) {}

  get policy(): PasswordPolicy {
    return { minLength: this.env.PASSWORD_MIN_LENGTH, minClasses: this.env.PASSWORD_MIN_CLASSES };
  }

  /** A 400 naming `field` when the password is too weak. */
  check(field: string, password: string): void {
    const policy = this.policy;
    if (!meetsPasswordPolicy(password, policy)) {
      throw new AppException(400, 'auth.password_too_weak', { field, minLength: policy.minLength, minClasses: policy.minClasses });
    }
  }
}
