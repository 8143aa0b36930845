/** What a user may do; see the role table in the README. */
export const ROLES = ['admin', 'supervisor', 'org_admin', 'org_staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** How a role reads in an error sentence (the dashboard's menus have their own i18n labels). */
export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'admin' },
  supervisor: { zh: '督查人员', en: 'supervisor' },
  org_admin: { zh: '单位管理员', en: 'organization admin' },
  org_staff: { zh: '单位工作人员', en: 'organization staff' },
  viewer: { zh: '只读用户', en: 'viewer' },
};

/** Roles that see every organization's work. */
export const GLOBAL_ROLES: readonly Role[] = ['admin', 'supervisor', 'viewer'];
/** Roles bound to one organization (and its sub-organizations). */
export const ORGANIZATION_ROLES: readonly Role[] = ['org_admin', 'org_staff'];

export function isOrganizationRole(role: Role): boolean {
  return ORGANIZATION_ROLES.includes(role);
}
