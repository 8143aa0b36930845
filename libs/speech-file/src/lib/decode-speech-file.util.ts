import * as iconv from 'iconv-lite';
import { decodePdf } from './pdf/decode-pdf.util';
import { DOCX_LIMITS, MAX_CONTROL_RATIO, MAX_REPLACEMENT_RATIO, OLE_MAGIC, PDF_MAGIC, UNSUPPORTED_EXTENSIONS, ZIP_MAGIC } from './speech-file.constant';
import { UnreadableSpeechFileError } from './unreadable-speech-file.exception';
import { assertArchiveWithinLimits } from './zip-limits.util';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function extensionOf(fileName: string | undefined): string {
  const m = /\.([A-Za-z0-9]{1,5})$/u.exec(fileName ?? '');
  return m ? (m[1] as string).toLowerCase() : '';
}

function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) control++;
  }
  return control / text.length;
}

function replacementRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return bad / text.length;
}

function ensureText(text: string): string {
  const body = text.replace(/^\uFEFF/u, '');
  if (body.trim().length === 0) throw new UnreadableSpeechFileError('empty', '文件中没有文字内容 (the file holds no text).');
  if (controlRatio(body) > MAX_CONTROL_RATIO) {
    throw new UnreadableSpeechFileError('binary', '无法识别的文件内容：不是文本、Word(.docx) 文件 (the file is neither text nor .docx).');
  }
  return body;
}

async function decodeDocx(bytes: Uint8Array): Promise<string> {
  // Before mammoth (JSZip) inflates anything into memory: a bomb stops here, early.
  assertArchiveWithinLimits(bytes, DOCX_LIMITS);
  try {
    // Loaded on demand: most speeches are text, and mammoth costs ~0.2 s to load.
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return ensureText(value);
  } catch (e) {
    if (e instanceof UnreadableSpeechFileError) throw e;
    throw new UnreadableSpeechFileError('corrupt-docx', 'Word 文件已损坏或不是 .docx 格式 (the .docx file is corrupt).');
  }
}

function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return ensureText(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return ensureText(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return ensureText(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch (e) {
    if (e instanceof UnreadableSpeechFileError) throw e;
  }
  // not UTF-8: GB18030 is a superset of GBK and GB2312, the other encodings Chinese offices use
  const text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'gb18030');
  if (replacementRatio(text) > MAX_REPLACEMENT_RATIO) {
    throw new UnreadableSpeechFileError('binary', '无法识别文件编码：请使用 UTF-8、GBK/GB18030 文本或 .docx (unknown text encoding).');
  }
  return ensureText(text);
}

/**
 * Text of an uploaded speech: UTF-8 (with or without BOM), UTF-16 with BOM, GBK/GB18030, .docx, or a
 * .pdf with a text layer.
 * A leading BOM is removed. Throws UnreadableSpeechFileError for anything else.
 */
export async function decodeSpeechFile(buffer: Uint8Array, fileName?: string): Promise<string> {
  if (!(buffer instanceof Uint8Array) || buffer.length === 0) {
    throw new UnreadableSpeechFileError('empty', '文件为空 (the file is empty).');
  }
  const ext = extensionOf(fileName);
  if (startsWith(buffer, ZIP_MAGIC) || ext === 'docx') {
    if (!startsWith(buffer, ZIP_MAGIC)) throw new UnreadableSpeechFileError('corrupt-docx', 'Word 文件已损坏或不是 .docx 格式 (the .docx file is corrupt).');
    return decodeDocx(buffer);
  }
  if (startsWith(buffer, PDF_MAGIC) || ext === 'pdf') return decodePdf(buffer);
  if (startsWith(buffer, OLE_MAGIC) || UNSUPPORTED_EXTENSIONS.includes(ext)) {
    throw new UnreadableSpeechFileError('unsupported-type', `不支持的文件类型${ext ? ` .${ext}` : ''}：请上传 .txt、.docx 或 .pdf (unsupported file type).`);
  }
  return decodeText(buffer);
}
