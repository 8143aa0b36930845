import type { AssignmentRole } from '@luoshi/common';
import type { PlannedOrganization } from './speech-review.types';

export interface TreeNode {
  id: string;
  parentId: string | null;
  position: number;
}

export interface TreeRow<T> {
  item: T;
  depth: number;
}

/**
 * The items in reading order with their depth: each parent followed by its children. An item
 * whose parent is not in the list (or that sits in a cycle) shows at the top level.
 */
export function treeRows<T extends TreeNode>(items: readonly T[]): Array<TreeRow<T>> {
  const byPosition = [...items].sort((a, b) => a.position - b.position);
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const item of byPosition) {
    if (item.parentId && item.parentId !== item.id && ids.has(item.parentId)) {
      const siblings = children.get(item.parentId) ?? [];
      siblings.push(item);
      children.set(item.parentId, siblings);
    } else {
      roots.push(item);
    }
  }
  const rows: Array<TreeRow<T>> = [];
  const seen = new Set<string>();
  const visit = (item: T, depth: number) => {
    if (seen.has(item.id)) return;
    seen.add(item.id);
    rows.push({ item, depth });
    for (const child of children.get(item.id) ?? []) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  // Items only reachable through a cycle would vanish: show them at the top level instead.
  for (const item of byPosition) visit(item, 0);
  return rows;
}

export interface RoleSplit {
  lead: string[];
  support: string[];
}

export function splitByRole(organizations: readonly PlannedOrganization[]): RoleSplit {
  return {
    lead: organizations.filter((o) => o.role === 'lead').map((o) => o.organizationId),
    support: organizations.filter((o) => o.role === 'support').map((o) => o.organizationId),
  };
}

/** The plan a PUT carries: leads first, then supporters; an organization named as both leads. */
export function planOf({ lead, support }: RoleSplit): PlannedOrganization[] {
  const seen = new Set<string>();
  const plan: PlannedOrganization[] = [];
  const add = (organizationId: string, role: AssignmentRole) => {
    if (seen.has(organizationId)) return;
    seen.add(organizationId);
    plan.push({ organizationId, role });
  };
  lead.forEach((id) => add(id, 'lead'));
  support.forEach((id) => add(id, 'support'));
  return plan;
}

/** Whether the split offset leaves text on both sides (the API wants 1 ≤ at < length). */
export function canSplitAt(text: string, at: number | null): at is number {
  return at !== null && Number.isInteger(at) && at >= 1 && at < text.length && text.slice(0, at).trim() !== '' && text.slice(at).trim() !== '';
}
