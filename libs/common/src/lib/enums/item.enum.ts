/** A section groups items and is never assigned; directives and commitments are. */
export const ITEM_KINDS = ['section', 'directive', 'commitment'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** draft: still under review; published: assigned (立项 + 交办); cancelled: withdrawn. */
export const ITEM_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const CADENCES = ['weekly', 'semimonthly', 'monthly', 'quarterly', 'semiannual', 'yearly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** 牵头 (lead) or 配合 (support). */
export const ORGANIZATION_ROLES_IN_ITEM = ['lead', 'support'] as const;
export type AssignmentRole = (typeof ORGANIZATION_ROLES_IN_ITEM)[number];
