import type { ErrorCode, ErrorParams } from '../errors/error-code.constant';
import type { Role } from '../enums/role.enum';

/** The body of `POST /api/auth/login`'s answer. */
export interface LoginResponse {
  accessToken: string;
  /** The password is an initial or expired one: every call but change-password, me and logout answers 403 until it changes. */
  passwordChangeRequired: boolean;
}

/** `GET /api/auth/me`. */
export interface CurrentUser {
  id: string;
  username: string;
  name: string;
  role: Role;
  organizationId: string | null;
  passwordChangeRequired: boolean;
  /** The session ends after this many minutes without activity. */
  sessionIdleMinutes: number;
  /** The password rules new passwords must meet. */
  passwordPolicy: { minLength: number; minClasses: number };
}

/** Every error the API returns: `message` in the caller's language, `code` from ERROR_CATALOGUE. */
export interface ApiError {
  statusCode: number;
  message: string;
  error: string;
  code: ErrorCode;
  /** The values the code's sentence is built from (field names, names of records, limits). */
  params?: ErrorParams;
}
