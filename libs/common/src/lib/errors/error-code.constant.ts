/**
 * The one catalogue of error codes. Every error the API returns carries one of these `code`s with
 * its `params`; the API renders `message` from here in the language of `Accept-Language`, and the
 * dashboard renders its own sentence from the same entry (with names, not ids, in the params).
 * Placeholders are `{name}`; a missing param renders as an empty string.
 *
 * Add a code here (both languages) before throwing it: the API refuses unknown codes at compile time.
 */
export const ERROR_CATALOGUE = {
  // Generic HTTP outcomes: the fallback when a more specific code does not apply.
  'http.bad_request': { zh: '请求无效：{detail}', en: 'Bad request: {detail}' },
  'http.unauthorized': { zh: '请先登录。', en: 'Please sign in.' },
  'http.forbidden': { zh: '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  'http.not_found': { zh: '找不到所请求的内容。', en: 'The requested resource does not exist.' },
  'http.conflict': { zh: '操作与当前状态冲突：{detail}', en: 'Conflict with the current state: {detail}' },
  'http.payload_too_large': { zh: '请求内容过大（上限 {limit}）。', en: 'The request body is too large (limit {limit}).' },
  'http.unsupported_media_type': { zh: '不支持的内容类型。', en: 'Unsupported content type.' },
  'http.unprocessable': { zh: '无法处理该内容：{detail}', en: 'The content cannot be processed: {detail}' },
  'http.too_many_requests': { zh: '请求过于频繁，请在 {retryAfter} 秒后重试。', en: 'Too many requests: retry in {retryAfter} seconds.' },
  'http.headers_too_large': { zh: '请求头或网址过长。', en: 'The request headers or URL are too long.' },
  'http.internal': { zh: '服务器内部错误，请稍后重试。', en: 'Internal server error: please try again later.' },
  'http.unavailable': { zh: '服务暂不可用，请稍后重试。', en: 'The service is unavailable: please try again later.' },

  // Request validation: `field` names the offending field (dotted path), `reason` says why.
  'validation.field_invalid': { zh: '字段 {field} 无效：{reason}', en: 'Field {field} is invalid: {reason}' },
  'validation.field_required': { zh: '缺少必填字段 {field}。', en: 'The field {field} is required.' },
  'validation.field_unknown': { zh: '不允许的字段 {field}。', en: 'The field {field} is not allowed.' },
  'validation.body_malformed': { zh: '请求体不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  'validation.body_not_object': { zh: '请求体必须是 JSON 对象。', en: 'The request body must be a JSON object.' },

  // Records.
  'record.not_found': { zh: '找不到{resource}。', en: 'No such {resource}.' },
  'record.stale_version': {
    zh: '该记录已被他人修改（当前版本 {current}），请刷新后重试。',
    en: 'This record was changed by someone else (current version {current}): reload and try again.',
  },
  'record.duplicate': { zh: '已存在相同的记录：{detail}', en: 'Already exists: {detail}' },
  'record.still_referenced': { zh: '该记录仍被引用，无法删除：{detail}', en: 'Still referenced: {detail}' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export type ErrorLocale = 'zh' | 'en';
export type ErrorParams = Record<string, string | number>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, value);
}

/** The sentence for a code in one language, with its placeholders filled. */
export function formatErrorMessage(code: ErrorCode, params: ErrorParams = {}, locale: ErrorLocale = 'zh'): string {
  const template: string = ERROR_CATALOGUE[code][locale];
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : '',
  );
}

/** zh unless the caller's first preference is English (`Accept-Language: en-US,en;q=0.9`). */
export function errorLocaleOf(acceptLanguage: string | undefined | null): ErrorLocale {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
