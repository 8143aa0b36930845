import type { OrganizationKind } from '@luoshi/common';

/**
 * A first guess at the kind of a new organization from its name, for the dialog to preselect;
 * the supervisor confirms or changes it.
 */
export function guessOrganizationKind(name: string): OrganizationKind {
  if (/(党委|县委|市委|区委|省委|州委)$/u.test(name)) return 'party_committee';
  if (/党组$/u.test(name)) return 'party_group';
  if (/(委组织部|委宣传部|委统战部|委政法委|纪委|监委|委办公室|委.*部)$/u.test(name)) return 'party_dept';
  if (/(工会|团委|妇联|侨联|文联|残联|科协|工商联|红十字会)$/u.test(name)) return 'mass_org';
  if (/(局|政府|办|中心|站|院|厅|委员会|所|队)$/u.test(name)) return 'government';
  return 'other';
}
