import { ROLES, type Role } from '@luoshi/common';
import { useGetIdentity } from 'react-admin';
import type { Actor } from '../assignments/assignment-actions';

const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** The signed-in user's role and organization (from `/auth/me`), or undefined while loading. */
export function useActor(): Actor | undefined {
  const { identity } = useGetIdentity();
  if (!identity) return undefined;
  const role: unknown = identity['role'];
  const organizationId: unknown = identity['organizationId'];
  if (!isRole(role)) return undefined;
  return { role, organizationId: typeof organizationId === 'string' ? organizationId : null };
}
