import type { ErrorEntry } from '../error-entry.type';

/** Collections (`?sort=…&range=…&filter=…`): what a list request may sort and filter by. */
export const LIST_ERRORS = {
  'list.sort_unknown': {
    zh: '不能按 {field} 排序，可用的排序字段：{allowed}。',
    en: 'Cannot sort by {field}; use one of {allowed}.',
  },
  'list.filter_unknown': {
    zh: '不能按 {field} 筛选，可用的筛选条件：{allowed}。',
    en: 'Cannot filter by {field}; use one of {allowed}.',
  },
} as const satisfies Record<string, ErrorEntry>;
