import type { ErrorEntry } from '../error-entry.type';

/**
 * Sign-in, sessions, passwords and user accounts. `lockedUntil` is a local time in the
 * deployment's zone (`YYYY-MM-DD HH:mm`); `retryAfter` is in seconds, as the Retry-After header.
 */
export const AUTH_ERRORS = {
  'auth.invalid_credentials': { zh: '用户名或密码错误。', en: 'Wrong user name or password.' },
  'auth.throttled': {
    zh: '登录尝试过于频繁，请在 {retryAfter} 秒后重试。',
    en: 'Too many sign-in attempts: try again in {retryAfter} seconds.',
  },
  'auth.locked': {
    zh: '连续登录失败次数过多，账号已锁定至 {lockedUntil}，届时可再次登录，或请管理员解锁。',
    en: 'Too many failed sign-ins: the account is locked until {lockedUntil}; try again then, or ask an admin to unlock it.',
  },
  'auth.token_missing': { zh: '请先登录。', en: 'Please sign in first.' },
  'auth.token_invalid': { zh: '登录凭证无效或已过期，请重新登录。', en: 'Your sign-in is invalid or has expired: sign in again.' },
  'auth.session_expired': {
    zh: '您已超过 {idleMinutes} 分钟未操作，或已退出登录，请重新登录。',
    en: 'You were inactive for more than {idleMinutes} minutes, or signed out: sign in again.',
  },
  'auth.account_inactive': { zh: '该账号已停用。', en: 'This account is not active.' },
  'auth.password_change_required': {
    zh: '初始密码或已到期的密码须先修改，修改后才能继续使用系统。',
    en: 'An initial or expired password must be changed before you go on.',
  },
  'auth.password_too_weak': {
    zh: '字段 {field} 无效：密码至少 {minLength} 位，且须包含大写字母、小写字母、数字、符号中的至少 {minClasses} 类。',
    en: 'Field {field} is invalid: a password needs at least {minLength} characters and at least {minClasses} of upper case, lower case, digits and symbols.',
  },
  'auth.password_unchanged': {
    zh: '字段 {field} 无效：新密码不能与当前密码相同。',
    en: 'Field {field} is invalid: the new password must differ from the current one.',
  },
  'auth.old_password_wrong': { zh: '字段 {field} 无效：当前密码不正确。', en: 'Field {field} is invalid: the current password is wrong.' },
  'auth.role_forbidden': {
    zh: '您的角色（{roleZh}）无权执行此操作，允许的角色：{allowedZh}。',
    en: 'Your role ({role}) may not do this; allowed: {allowed}.',
  },
  'user.organization_required': {
    zh: '字段 organizationId 无效：{role} 角色的用户必须属于一个单位。',
    en: 'Field organizationId is invalid: a {role} user must belong to an organization.',
  },
  'user.organization_unknown': { zh: '字段 organizationId 无效：找不到该单位。', en: 'Field organizationId is invalid: no such organization.' },
  'user.self_demotion': {
    zh: '字段 role 无效：不能降低自己账号的角色或停用自己的账号。',
    en: 'Field role is invalid: you cannot demote or deactivate your own account.',
  },
  'user.has_history': {
    zh: '用户 {username} 已有登录或操作记录，审计记录须保留，不能删除；请改为停用该账号。',
    en: 'User {username} has signed in or acted, and the audit trail keeps that: deactivate the account instead of deleting it.',
  },
  'user.self_deletion': { zh: '不能删除自己的账号。', en: 'You cannot delete your own account.' },
} as const satisfies Record<string, ErrorEntry>;
