import type { Role } from '@luoshi/common';

/** Who is calling: attached to the request by the auth guard. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  organizationId: string | null;
  /** The sign-in (user_sessions row) the bearer token names. */
  sessionId?: string;
}
