import { CALENDAR_YEARS } from '../../date.util';
import type { ErrorEntry } from '../error-entry.type';

/**
 * Request validation: `field` names the offending field (dotted path), `reason` says why. When
 * `reason` is a key of VALIDATION_REASONS it is rendered in the reader's language (see
 * `localizeErrorParams`), so the dashboard can render the same sentence from the params.
 */
export const VALIDATION_ERRORS = {
  'validation.field_invalid': { zh: '字段 {field} 无效：{reason}。', en: 'Field {field} is invalid: {reason}.' },
  'validation.field_required': { zh: '缺少必填字段 {field}。', en: 'The field {field} is required.' },
  'validation.field_unknown': { zh: '不允许的字段 {field}。', en: 'The field {field} is not allowed.' },
  'validation.body_malformed': { zh: '请求体不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  'validation.body_not_object': { zh: '请求体必须是 JSON 对象。', en: 'The request body must be a JSON object.' },
} as const satisfies Record<string, ErrorEntry>;

/** Why a field is invalid, per constraint; placeholders come from the error's params. */
export const VALIDATION_REASONS = {
  max: { zh: '不能大于 {max}', en: 'must not be greater than {max}' },
  min: { zh: '不能小于 {min}', en: 'must not be less than {min}' },
  maxLength: { zh: '不能超过 {max} 个字符', en: 'must be at most {max} characters long' },
  minLength: { zh: '至少需要 {min} 个字符', en: 'must be at least {min} characters long' },
  arrayMaxSize: { zh: '最多只能有 {max} 项', en: 'must have at most {max} entries' },
  arrayMinSize: { zh: '至少需要 {min} 项', en: 'must have at least {min} entries' },
  isUUID: { zh: '必须是 UUID', en: 'must be a UUID' },
  isInt: { zh: '必须是整数', en: 'must be an integer' },
  isNumber: { zh: '必须是数字', en: 'must be a number' },
  isString: { zh: '必须是字符串', en: 'must be a string' },
  isBoolean: { zh: '必须是 true 或 false', en: 'must be true or false' },
  isArray: { zh: '必须是数组', en: 'must be an array' },
  isObject: { zh: '必须是对象', en: 'must be an object' },
  isIn: { zh: '必须是以下之一：{values}', en: 'must be one of {values}' },
  isEmail: { zh: '必须是有效的电子邮件地址', en: 'must be an e-mail address' },
  isNotEmpty: { zh: '不能为空', en: 'must not be empty' },
  notBlank: { zh: '不能为空白', en: 'must not be blank' },
  matches: { zh: '格式不正确', en: 'has the wrong format' },
  username: { zh: '须为 3–64 个字母、数字或 _ . -', en: 'must be 3-64 letters, digits, _ . or -' },
  isCalendarDate: {
    zh: `必须是 ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last} 年间真实的日期，格式为 YYYY-MM-DD`,
    en: `must be a real calendar date YYYY-MM-DD in the years ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}`,
  },
  isInstant: { zh: '必须是日期或 ISO 8601 时间', en: 'must be a date or an ISO 8601 instant' },
  uuidList: { zh: '必须是 UUID 或 UUID 数组', en: 'must be a UUID or a list of UUIDs' },
  stringList: { zh: '必须是字符串或字符串数组', en: 'must be a string or a list of strings' },
  nulCharacter: { zh: '不能包含空字符（U+0000）', en: 'must not contain the NUL character (U+0000)' },
  loneSurrogate: { zh: '包含无效的 Unicode 字符（孤立代理项）', en: 'contains invalid Unicode (a lone surrogate)' },
  tooDeep: { zh: '嵌套层次过深', en: 'is nested too deeply' },
  notJson: { zh: '不是有效的 JSON', en: 'is not valid JSON' },
  jsonString: { zh: '必须是一个 JSON 字符串', en: 'must be one JSON string' },
  sortShape: { zh: '必须形如 ["字段","ASC"]', en: 'must look like ["field","ASC"]' },
  rangeShape: {
    zh: '必须形如 [0,24]：两个不超过 {max} 的非负整数，后者不小于前者',
    en: 'must look like [0,24]: two non-negative integers up to {max}, the second not below the first',
  },
  filterShape: { zh: '必须是 JSON 对象', en: 'must be a JSON object' },
  noSelfParent: { zh: '组织不能隶属于自身或其下级组织', en: 'an organization cannot be placed under itself or its own sub-organization' },
  noSuchOrganization: { zh: '不存在该组织', en: 'no such organization' },
  noSuchRecord: { zh: '所指的记录不存在', en: 'refers to no existing record' },
  fileRequired: { zh: '请选择要上传的 .txt 或 .docx 文件', en: 'choose a .txt or .docx file to upload' },
  check: { zh: '不符合数据约束', en: 'violates a data constraint' },
  invalid: { zh: '值无效', en: 'has an invalid value' },
} as const satisfies Record<string, ErrorEntry>;

export type ValidationReason = keyof typeof VALIDATION_REASONS;
