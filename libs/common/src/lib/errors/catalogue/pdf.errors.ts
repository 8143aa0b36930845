import type { ErrorEntry } from '../error-entry.type';

/** Reading an uploaded PDF speech. */
export const PDF_ERRORS = {
  'file.pdf_no_text_layer': {
    zh: '扫描件没有文字层，请上传文字版或粘贴文本',
    en: 'This PDF is a scan without a text layer: upload a text PDF or paste the text.',
  },
  'file.pdf_corrupt': { zh: 'PDF 文件已损坏，无法读取。', en: 'The PDF file is corrupt and cannot be read.' },
} as const satisfies Record<string, ErrorEntry>;
