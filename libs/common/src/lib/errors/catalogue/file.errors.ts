import type { ErrorEntry } from '../error-entry.type';

/** Uploaded files: speeches (.txt/.docx, …) and attachments. `name` is the file's name as uploaded. */
export const FILE_ERRORS = {
  'file.required': { zh: '请选择要上传的文件（表单字段 file）。', en: 'Choose a file to upload (form field "file").' },
  'file.too_large': { zh: '上传的文件过大，上限为 {limit}。', en: 'The uploaded file is too large; the limit is {limit}.' },
  'file.unsupported_type': {
    zh: '不支持文件 {name} 的类型，可上传：{allowed}。',
    en: 'The type of {name} is not supported; allowed: {allowed}.',
  },
  'file.type_mismatch': {
    zh: '文件 {name} 的内容与扩展名不符（可能是改名的其他文件），已拒绝。',
    en: 'The content of {name} does not match its extension (a renamed file?): refused.',
  },
  'file.empty': { zh: '文件 {name} 为空或没有文字内容。', en: 'The file {name} is empty or holds no text.' },
  'file.decompressed_too_large': {
    zh: '文件 {name} 解压后超过 {limit}（疑似压缩炸弹），已拒绝。',
    en: 'The file {name} inflates beyond {limit} (a zip bomb?): refused.',
  },
  'file.unreadable': { zh: '无法读取文件 {name}：文件已损坏或格式不正确。', en: 'The file {name} cannot be read: it is corrupt or not in the format its name says.' },
  'file.unknown_encoding': {
    zh: '无法识别文件 {name} 的文字编码，请使用 UTF-8 或 GBK/GB18030 文本，或 Word(.docx) 文件。',
    en: 'The text encoding of {name} is not recognized: use UTF-8 or GBK/GB18030 text, or a Word (.docx) file.',
  },
  'file.parse_timeout': {
    zh: '解析文件 {name} 超过 {seconds} 秒，已停止，请检查文件后重试。',
    en: 'Parsing {name} took longer than {seconds} s and was stopped: check the file and try again.',
  },
  'file.text_too_long': {
    zh: '文件 {name} 的文字共 {length} 字，超过上限 {limit} 字。',
    en: 'The text of {name} has {length} characters; at most {limit}.',
  },
} as const satisfies Record<string, ErrorEntry>;
