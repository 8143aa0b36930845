import type { CurrentUser, LoginResponse } from '@luoshi/common';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { createHttpClient, errorMessage } from '../data/httpClient';
import type { FetchLike, TokenStore } from '../data/http.types';
import { canRoleAccess } from './access';

interface LoginParams {
  username: string;
  password: string;
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
 */
export function createAuthProvider(apiUrl: string, fetchFn: FetchLike, tokens: TokenStore): AuthProvider {
  const http = createHttpClient(fetchFn, tokens);
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
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      const json: unknown = await response.json().catch(() => null);
      // A wrong password gets react-admin's translated message; anything else (throttling, a
      // disabled account) the API's own words.
      if (response.status === 401) throw new Error('ra.auth.sign_in_error');
      if (!response.ok) throw new Error(errorMessage(json, 'ra.auth.sign_in_error'));
      tokens.set((json as LoginResponse).accessToken);
      cached = null;
    },

    async logout() {
      tokens.clear();
      cached = null;
    },

    async checkAuth() {
      if (!tokens.get()) throw new Error('ra.auth.auth_check_error');
    },

    // 401: the token is gone or expired, so sign out. 403 is a refusal of one action: the user
    // stays signed in and the caller shows the API's message.
    async checkError(error: unknown) {
      if (statusOf(error) === 401) {
        tokens.clear();
        cached = null;
        throw new Error('ra.notification.logged_out');
      }
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
