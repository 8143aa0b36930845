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

/** Every error the API returns. */
export interface ApiError {
  statusCode: number;
  message: string;
  error: string;
}
