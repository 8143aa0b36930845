import type { ErrorEntry } from '../error-entry.type';

/** Request validation: `field` names the offending field (dotted path), `reason` says why. */
export const VALIDATION_ERRORS = {
  'validation.field_invalid': { zh: '字段 {field} 无效：{reason}', en: 'Field {field} is invalid: {reason}' },
  'validation.field_required': { zh: '缺少必填字段 {field}。', en: 'The field {field} is required.' },
  'validation.field_unknown': { zh: '不允许的字段 {field}。', en: 'The field {field} is not allowed.' },
  'validation.body_malformed': { zh: '请求体不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  'validation.body_not_object': { zh: '请求体必须是 JSON 对象。', en: 'The request body must be a JSON object.' },
} as const satisfies Record<string, ErrorEntry>;
