import { describe, expect, it } from 'vitest';
import { canSplitAt, planOf, splitByRole, treeRows } from '../item-tree';

describe('treeRows', () => {
  it('lists each parent followed by its children, by position, with depths', () => {
    const items = [
      { id: 'b1', parentId: 'b', position: 5 },
      { id: 'a', parentId: null, position: 1 },
      { id: 'b', parentId: null, position: 4 },
      { id: 'a2', parentId: 'a', position: 3 },
      { id: 'a1', parentId: 'a', position: 2 },
      { id: 'a1x', parentId: 'a1', position: 2.5 },
    ];
    expect(treeRows(items).map((r) => `${'-'.repeat(r.depth)}${r.item.id}`)).toEqual(['a', '-a1', '--a1x', '-a2', 'b', '-b1']);
  });

  it('shows orphans and cycles at the top level instead of losing them', () => {
    const items = [
      { id: 'o', parentId: 'gone', position: 1 },
      { id: 'x', parentId: 'y', position: 2 },
      { id: 'y', parentId: 'x', position: 3 },
    ];
    const rows = treeRows(items);
    expect(rows.map((r) => r.item.id).sort()).toEqual(['o', 'x', 'y']);
    expect(rows[0]).toMatchObject({ depth: 0, item: { id: 'o' } });
  });
});

describe('organization plan', () => {
  it('splits by role and puts leads first when put back together', () => {
    const plan = [
      { organizationId: 'caizheng', role: 'support' as const },
      { organizationId: 'nongye', role: 'lead' as const },
    ];
    const split = splitByRole(plan);
    expect(split).toEqual({ lead: ['nongye'], support: ['caizheng'] });
    expect(planOf({ ...split, support: [...split.support, 'fulian'] })).toEqual([
      { organizationId: 'nongye', role: 'lead' },
      { organizationId: 'caizheng', role: 'support' },
      { organizationId: 'fulian', role: 'support' },
    ]);
  });

  it('names an organization once: as lead when picked for both', () => {
    expect(planOf({ lead: ['a', 'a'], support: ['a', 'b'] })).toEqual([
      { organizationId: 'a', role: 'lead' },
      { organizationId: 'b', role: 'support' },
    ]);
  });
});

describe('canSplitAt', () => {
  it('wants text on both sides of the cursor', () => {
    expect(canSplitAt('甲乙丙', 1)).toBe(true);
    expect(canSplitAt('甲乙丙', 0)).toBe(false);
    expect(canSplitAt('甲乙丙', 3)).toBe(false);
    expect(canSplitAt('甲\n乙', 1)).toBe(true);
    expect(canSplitAt('甲  ', 2)).toBe(false);
    expect(canSplitAt('甲乙丙', null)).toBe(false);
  });
});
