import type { ErrorEntry } from '../error-entry.type';

/** Notification channels (group robots, webhooks), deliveries, the queue board and metrics. */
export const CHANNELS_ERRORS = {
  'channels.url_invalid': {
    zh: '{kindZh}地址无效：{reasonZh}',
    en: 'The {kind} address is invalid: {reason}',
  },
  'channels.organization_missing': {
    zh: '找不到所选的单位，请刷新后重新选择。',
    en: 'The selected organization does not exist: reload and choose again.',
  },
  'channels.delivery_not_failed': {
    zh: '只有发送失败的记录可以重发；这条记录的状态是“{state}”。',
    en: 'Only a failed delivery can be retried; this one is {state}.',
  },
  'channels.queue_board_session_missing': {
    zh: '请从管理后台菜单打开任务队列面板：链接已过期或尚未登录。',
    en: 'Open the queue board from the dashboard menu: the link has expired or you are not signed in.',
  },
  'channels.queue_board_forbidden': {
    zh: '只有系统管理员可以打开任务队列面板。',
    en: 'Only administrators may open the queue board.',
  },
  'channels.metrics_token_invalid': {
    zh: '指标接口需要正确的访问令牌。',
    en: 'The metrics endpoint needs the right token.',
  },
} as const satisfies Record<string, ErrorEntry>;
