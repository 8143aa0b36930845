import type { ErrorEntry } from '../error-entry.type';

/** Generic HTTP outcomes: the fallback when a more specific code does not apply. */
export const HTTP_ERRORS = {
  'http.bad_request': { zh: '请求无效：{detail}', en: 'Bad request: {detail}' },
  'http.unauthorized': { zh: '请先登录。', en: 'Please sign in.' },
  'http.forbidden': { zh: '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  'http.route_not_found': { zh: '没有这个接口：{method} {path}。', en: 'No such route: {method} {path}.' },
  'http.not_found': { zh: '找不到所请求的内容。', en: 'The requested resource does not exist.' },
  'http.conflict': { zh: '操作与当前状态冲突：{detail}', en: 'Conflict with the current state: {detail}' },
  'http.payload_too_large': {
    zh: '请求内容过大（上限 {limit}）。',
    en: 'The request body is too large (limit {limit}).',
  },
  'http.unsupported_media_type': { zh: '不支持的内容类型。', en: 'Unsupported content type.' },
  'http.unprocessable': { zh: '无法处理该内容：{detail}', en: 'The content cannot be processed: {detail}' },
  'http.too_many_requests': {
    zh: '请求过于频繁，请在 {retryAfter} 秒后重试。',
    en: 'Too many requests: retry in {retryAfter} seconds.',
  },
  'http.headers_too_large': {
    zh: '请求头或网址过长（上限 {limit} 字节）。',
    en: 'The request headers or URL are too long (limit {limit} bytes).',
  },
  'http.malformed_request': { zh: '无法解析该 HTTP 请求。', en: 'The HTTP request could not be parsed.' },
  'http.body_undecodable': {
    zh: '请求体无法按其 Content-Encoding 解压。',
    en: 'The request body cannot be decompressed as its Content-Encoding says.',
  },
  'http.charset_unsupported': { zh: '不支持的字符集 {charset}，请使用 UTF-8。', en: 'Unsupported charset {charset}: use UTF-8.' },
  'http.internal': { zh: '服务器内部错误，请稍后重试。', en: 'Internal server error: please try again later.' },
  'http.unavailable': { zh: '服务暂不可用，请稍后重试。', en: 'The service is unavailable: please try again later.' },
} as const satisfies Record<string, ErrorEntry>;
