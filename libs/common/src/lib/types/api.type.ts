import type { ErrorCode, ErrorParams } from '../errors/error-code.constant';
import type { Role } from '../enums/role.enum';

/** The body of `POST /api/auth/login`'s answer. */
export interface LoginResponse {
  accessToken: string;
}

/** `GET /api/auth/me`. */
export interface CurrentUser {
  id: string;
  username: string;
  name: string;
  role: Role;
  organizationId: string | null;
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
