import type { ErrorEntry } from '../error-entry.type';

/** Records in general: not found, stale, duplicate, still referenced, not in a state for this. */
export const RECORD_ERRORS = {
  'record.not_found': { zh: '找不到该{resource}。', en: 'No such {resource}.' },
  'record.stale_version': {
    zh: '该{resource}已被他人修改（您的版本 {yours}，当前版本 {current}），请刷新后重试。',
    en: 'This {resource} was changed by someone else (your version {yours}, current {current}): reload and try again.',
  },
  'record.duplicate': { zh: '已存在 {field} 为“{value}”的记录。', en: 'A record with {field} "{value}" already exists.' },
  'record.still_referenced': {
    zh: '该记录仍被{resource}引用，无法删除。',
    en: 'This record cannot be deleted: {resource} records still refer to it.',
  },
  'record.speech_has_published_items': {
    zh: '讲话《{title}》已有交办的事项，不能删除；请改为撤销相应的交办。',
    en: 'The speech "{title}" has published items and cannot be deleted: cancel their assignments instead.',
  },
  'record.speech_published': {
    zh: '讲话《{title}》已发布，事项通过交办跟踪，不能再重新提取。',
    en: 'The speech "{title}" is published: its items are tracked through their assignments and it cannot be extracted again.',
  },
  'record.speech_nothing_to_publish': {
    zh: '讲话《{title}》（状态：{status}）没有可发布的草稿事项，请先提取或添加事项。',
    en: 'The speech "{title}" ({status}) has no draft items to publish: run extraction or add items first.',
  },
} as const satisfies Record<string, ErrorEntry>;

/** What a `resource` param names, per language: "找不到该讲话" rather than "找不到 speech". */
export const RECORD_RESOURCES = {
  record: { zh: '记录', en: 'record' },
  route: { zh: '接口', en: 'route' },
  speech: { zh: '讲话', en: 'speech' },
  item: { zh: '事项', en: 'item' },
  assignment: { zh: '交办任务', en: 'assignment' },
  organization: { zh: '组织', en: 'organization' },
  user: { zh: '用户', en: 'user' },
  report: { zh: '进展报告', en: 'progress report' },
  attachment: { zh: '附件', en: 'attachment' },
  'extension request': { zh: '延期申请', en: 'extension request' },
  notification: { zh: '通知', en: 'notification' },
  'audit event': { zh: '审计事件', en: 'audit event' },
  'reminder rule': { zh: '提醒规则', en: 'reminder rule' },
  'calendar day': { zh: '日历日', en: 'calendar day' },
  delivery: { zh: '发送记录', en: 'delivery' },
  'notification channel': { zh: '通知渠道', en: 'notification channel' },
  'scoring scheme': { zh: '考评方案', en: 'scoring scheme' },
  bulletin: { zh: '督查通报', en: 'bulletin' },
} as const satisfies Record<string, ErrorEntry>;
