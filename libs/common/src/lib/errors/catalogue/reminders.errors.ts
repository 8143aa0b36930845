import type { ErrorEntry } from '../error-entry.type';

/** Reminder rules and the working-day calendar. */
export const REMINDER_ERRORS = {
  'reminders.rule_one_scope': {
    zh: '提醒规则只能针对一个单位或一篇讲话，不能同时指定两者。',
    en: 'A reminder rule applies to one organization or one speech, not both.',
  },
  'reminders.rule_exists': {
    zh: '“{scope}”已有提醒规则，请修改原规则。',
    en: '"{scope}" already has a reminder rule: edit that one instead.',
  },
  'reminders.default_rule_fixed': {
    zh: '默认提醒规则不能删除，也不能改为针对某个单位或讲话。',
    en: 'The default reminder rule cannot be deleted or narrowed to one organization or speech.',
  },
  'reminders.unknown_scope': {
    zh: '找不到提醒规则所针对的{resource}。',
    en: 'The {resource} this reminder rule names does not exist.',
  },
  'reminders.calendar_day_exists': {
    zh: '日历中已有 {date} 这一天，请修改原记录。',
    en: 'The calendar already has {date}: edit that entry instead.',
  },
} as const satisfies Record<string, ErrorEntry>;
