import type { ErrorEntry } from '../error-entry.type';

/** The leaders' view: periods, scopes, 考评 schemes, 督查通报 and exports. */
export const DASHBOARD_ERRORS = {
  'dashboard.period_invalid': {
    zh: '统计期间无效：请给出起止日期 from 和 to（to 晚于 from），或给出 period（week、month、quarter、year）和 date，二者不能同时使用。',
    en: 'Invalid period: give from and to (to after from), or period (week, month, quarter, year) with date, not both.',
  },
  'dashboard.period_too_long': {
    zh: '统计期间最长 {max} 天。',
    en: 'A period is at most {max} days long.',
  },
  'dashboard.section_needs_speech': {
    zh: '按讲话的部分统计时，请先选择一篇讲话（speechId）。',
    en: 'Counting by section needs one speech (speechId).',
  },
  'dashboard.scheme_unknown': {
    zh: '找不到所选的考评方案。',
    en: 'The chosen scoring scheme does not exist.',
  },
  'export.busy': {
    zh: '正在生成的台账已达上限（每人一个，同时最多 {max} 个），请等当前导出完成后再试。',
    en: 'Too many ledgers are being exported (one per person, at most {max} at once): try again when the current one has finished.',
  },
  'scoring.active_scheme_fixed': {
    zh: '考评方案“{name}”正在使用，不能停用；请启用另一个方案来替换它。',
    en: 'The scoring scheme "{name}" is the active one and cannot be switched off: activate another one instead.',
  },
  'scoring.scheme_name_taken': {
    zh: '已有名为“{name}”的考评方案。',
    en: 'A scoring scheme named "{name}" already exists.',
  },
} as const satisfies Record<string, ErrorEntry>;
