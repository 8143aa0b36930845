import type { CurrentUser, LoginResponse } from '@luoshi/common';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { createHttpClient, errorMessage, type LocaleSource } from '../data/httpClient';
import type { FetchLike, TokenStore } from '../data/http.types';
import { canRoleAccess } from './access';

interface LoginParams {
  username: string;
  password: string;
}

/** Where a user whose initial or expired password must change is sent, and nowhere else until then. */
export const CHANGE_PASSWORD_PATH = '/change-password';

/** The auth provider plus the user's own password change (which also refreshes the cached identity). */
export interface LuoshiAuthProvider extends AuthProvider {
  changePassword(oldPassword: string, newPassword: string): Promise<void>;
}

/** The API's error code, from the body an HttpError carries. */
function codeOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object' || !('body' in error)) return undefined;
  const { body } = error as { body: unknown };
  if (!body || typeof body !== 'object' || !('code' in body)) return undefined;
  const { code } = body as { code: unknown };
  return typeof code === 'string' ? code : undefined;
}

function statusOf(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'status' in error) {
    const { status } = error as { status: unknown };
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

/**
 * Bearer-token auth against `/api/auth`. `/auth/me` is fetched once per token and shared by
 * getIdentity, getPermissions (the role) and canAccess, which react-admin calls for every button.
 * `locale` is the UI's language: the login page's errors are rendered in it like every other error.
 */
export function createAuthProvider(
  apiUrl: string,
  fetchFn: FetchLike,
  tokens: TokenStore,
  locale: LocaleSource = () => 'zh',
): LuoshiAuthProvider {
  const http = createHttpClient(fetchFn, tokens, undefined, locale);
  let cached: { token: string; user: Promise<CurrentUser> } | null = null;

  function currentUser(): Promise<CurrentUser> {
    const token = tokens.get();
    if (!token) return Promise.reject(new Error('ra.auth.auth_check_error'));
    if (cached?.token !== token) {
      const user = http(`${apiUrl}/auth/me`).then((r) => r.json as CurrentUser);
      // A failed look-up must not stick: the next call asks again.
      user.catch(() => {
        if (cached?.user === user) cached = null;
      });
      cached = { token, user };
    }
    return cached.user;
  }

  return {
    async login({ username, password }: LoginParams) {
      const response = await fetchFn(`${apiUrl}/auth/login`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Accept-Language': locale() === 'en' ? 'en' : 'zh-CN',
        },
        body: JSON.stringify({ username, password }),
      });
      const json: unknown = await response.json().catch(() => null);
      // A wrong password gets react-admin's translated message; anything else (throttling, a
      // locked or disabled account) the catalogue's sentence for its code, in the UI's language.
      if (response.status === 401) throw new Error('ra.auth.sign_in_error');
      if (!response.ok) throw new Error(errorMessage(json, 'ra.auth.sign_in_error', locale()));
      const { accessToken, passwordChangeRequired } = json as LoginResponse;
      tokens.set(accessToken);
      cached = null;
      return passwordChangeRequired ? { redirectTo: CHANGE_PASSWORD_PATH } : undefined;
    },

    // Ends the session on the server too (every replica refuses the token from then on); a
    // session that has already expired makes that call fail, which changes nothing here.
    async logout() {
      if (tokens.get()) await http(`${apiUrl}/auth/logout`, { method: 'POST' }).catch(() => undefined);
      tokens.clear();
      cached = null;
    },

    async checkAuth() {
      if (!tokens.get()) throw new Error('ra.auth.auth_check_error');
    },

    // 401: the session is gone (idle too long, signed out elsewhere), so sign out, saying why;
    // react-admin's logout then clears the token. A pending password change sends the user to
    // the change-password screen, signed in. Any other 403 is a refusal of one action: the user
    // stays signed in and the caller shows the API's message.
    async checkError(error: unknown) {
      const status = statusOf(error);
      if (status === 401) {
        cached = null;
        throw new Error(codeOf(error) === 'auth.session_expired' ? 'luoshi.auth.sessionExpired' : 'ra.notification.logged_out');
      }
      if (status === 403 && codeOf(error) === 'auth.password_change_required') {
        cached = null;
        throw Object.assign(new Error('luoshi.auth.passwordChangeRequired'), { logoutUser: false, redirectTo: CHANGE_PASSWORD_PATH });
      }
    },

    async changePassword(oldPassword: string, newPassword: string) {
      await http(`${apiUrl}/auth/change-password`, { method: 'POST', body: JSON.stringify({ oldPassword, newPassword }) });
      cached = null;
    },

    async getIdentity(): Promise<UserIdentity> {
      const user = await currentUser();
      return { ...user, fullName: user.name };
    },

    async getPermissions() {
      return (await currentUser()).role;
    },

    async canAccess({ resource, action }: { resource: string; action: string }) {
      if (!tokens.get()) return false;
      return canRoleAccess((await currentUser()).role, resource, action);
    },
  };
}
