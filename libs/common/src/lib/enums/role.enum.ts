/** What a user may do; see the role table in the README. */
export const ROLES = ['admin', 'supervisor', 'org_admin', 'org_staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that see every organization's work. */
export const GLOBAL_ROLES: readonly Role[] = ['admin', 'supervisor', 'viewer'];
/** Roles bound to one organization (and its sub-organizations). */
export const ORGANIZATION_ROLES: readonly Role[] = ['org_admin', 'org_staff'];

export function isOrganizationRole(role: Role): boolean {
  return ORGANIZATION_ROLES.includes(role);
}
