import type { ErrorEntry } from '../error-entry.type';

/** Records in general: not found, stale, duplicate, still referenced. */
export const RECORD_ERRORS = {
  'record.not_found': { zh: '找不到{resource}。', en: 'No such {resource}.' },
  'record.stale_version': {
    zh: '该记录已被他人修改（当前版本 {current}），请刷新后重试。',
    en: 'This record was changed by someone else (current version {current}): reload and try again.',
  },
  'record.duplicate': { zh: '已存在相同的记录：{detail}', en: 'Already exists: {detail}' },
  'record.still_referenced': { zh: '该记录仍被引用，无法删除：{detail}', en: 'Still referenced: {detail}' },
} as const satisfies Record<string, ErrorEntry>;
