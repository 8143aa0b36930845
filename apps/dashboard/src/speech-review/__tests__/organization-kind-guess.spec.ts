import { describe, expect, it } from 'vitest';
import { guessOrganizationKind } from '../organization-kind-guess';

describe('guessOrganizationKind', () => {
  it('reads the kind from the ending of the name', () => {
    expect(guessOrganizationKind('县文化广播电视和旅游局')).toBe('government');
    expect(guessOrganizationKind('县政府办')).toBe('government');
    expect(guessOrganizationKind('县委统战部')).toBe('party_dept');
    expect(guessOrganizationKind('县纪委监委')).toBe('party_dept');
    expect(guessOrganizationKind('县残联')).toBe('mass_org');
    expect(guessOrganizationKind('县卫健局党组')).toBe('party_group');
    expect(guessOrganizationKind('某某县委')).toBe('party_committee');
    expect(guessOrganizationKind('青川供销社')).toBe('other');
  });
});
