export const ORGANIZATION_KINDS = [
  'party_committee',
  'party_group',
  'party_dept',
  'mass_org',
  'government',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
