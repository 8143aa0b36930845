import { describe, expect, it } from 'vitest';
import { GLOBAL_ROLES, isOrganizationRole, ORGANIZATION_ROLES, ROLES } from '../role.enum';

// The organization scope rests on this split: an organization role sees its own subtree only.
describe('roles', () => {
  it('splits the five roles into global and organization-bound ones', () => {
    expect(ROLES).toEqual(['admin', 'supervisor', 'org_admin', 'org_staff', 'viewer']);
    expect(GLOBAL_ROLES).toEqual(['admin', 'supervisor', 'viewer']);
    expect(ORGANIZATION_ROLES).toEqual(['org_admin', 'org_staff']);
  });

  it.each([
    ['admin', false],
    ['supervisor', false],
    ['viewer', false],
    ['org_admin', true],
    ['org_staff', true],
  ] as const)('%s is bound to an organization: %s', (role, bound) => {
    expect(isOrganizationRole(role)).toBe(bound);
  });
});
