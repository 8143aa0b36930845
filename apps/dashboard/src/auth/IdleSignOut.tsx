import type { CurrentUser } from '@luoshi/common';
import { useEffect } from 'react';
import { useGetIdentity, useLogout, useNotify } from 'react-admin';
import { sessionIdleExpired, type SessionActivity } from '../data/session-activity';

const CHECK_EVERY_MS = 15_000;

/**
 * Signs out, saying why, once the session has been idle as long as the API allows
 * (`sessionIdleMinutes` from /auth/me): an unattended screen does not stay open on the last page.
 */
export function IdleSignOut({ activity }: { activity: SessionActivity }) {
  const { identity } = useGetIdentity();
  const logout = useLogout();
  const notify = useNotify();
  const idleMinutes = (identity as Partial<CurrentUser> | undefined)?.sessionIdleMinutes;

  useEffect(() => {
    if (!idleMinutes) return undefined;
    // Signing in was activity too (it does not pass through the data provider's client).
    activity.touch();
    const timer = setInterval(() => {
      if (!sessionIdleExpired(activity.idleFor(), idleMinutes)) return;
      clearInterval(timer);
      notify('luoshi.auth.sessionExpired', { type: 'warning' });
      void logout();
    }, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [activity, idleMinutes, logout, notify]);

  return null;
}
