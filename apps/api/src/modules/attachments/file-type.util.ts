import { open } from 'node:fs/promises';
import { extname } from 'node:path';

/** The largest attachment multer accepts (streamed to disk, never held in memory). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** How many leading bytes are read to recognize a file. */
const SAMPLE_BYTES = 4096;

interface AllowedType {
  mime: string;
  /** True when the leading bytes look like this kind of file. */
  matches: (head: Buffer) => boolean;
}

const startsWith = (...signatures: number[][]) => (head: Buffer) => signatures.some((s) => s.every((byte, i) => head[i] === byte));
const ZIP = startsWith([0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06]);
const OLE = startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const PDF = startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]);
/** Plain text: no NUL byte in the sample (UTF-8 and GB18030 never contain one). */
const TEXT = (head: Buffer) => !head.includes(0);

/**
 * The allow-list, by file name extension, each checked against the file's magic bytes: a renamed
 * executable is refused. Office Open XML files are zip archives; legacy Office files are OLE.
 */
export const ALLOWED_TYPES: Record<string, AllowedType> = {
  pdf: { mime: 'application/pdf', matches: PDF },
  doc: { mime: 'application/msword', matches: OLE },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', matches: ZIP },
  xls: { mime: 'application/vnd.ms-excel', matches: OLE },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: ZIP },
  ppt: { mime: 'application/vnd.ms-powerpoint', matches: OLE },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', matches: ZIP },
  txt: { mime: 'text/plain', matches: TEXT },
  csv: { mime: 'text/csv', matches: TEXT },
  jpg: { mime: 'image/jpeg', matches: startsWith([0xff, 0xd8, 0xff]) },
  jpeg: { mime: 'image/jpeg', matches: startsWith([0xff, 0xd8, 0xff]) },
  png: { mime: 'image/png', matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  gif: { mime: 'image/gif', matches: startsWith([0x47, 0x49, 0x46, 0x38, 0x37, 0x61], [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]) },
  zip: { mime: 'application/zip', matches: ZIP },
  rar: { mime: 'application/vnd.rar', matches: startsWith([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]) },
  '7z': { mime: 'application/x-7z-compressed', matches: startsWith([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
};

/** Zip containers (Office Open XML is one): inflated in the parsing pool, within these limits, before they are kept. */
const ARCHIVE_EXTENSIONS = new Set(['docx', 'xlsx', 'pptx', 'zip']);
export const ATTACHMENT_ARCHIVE_LIMITS = { maxInflatedBytes: 256 * 1024 * 1024, maxEntries: 10_000 } as const;

/** The allow-list as a person reads it: ".pdf, .doc, …". */
export function allowedExtensionsText(): string {
  return Object.keys(ALLOWED_TYPES).map((e) => `.${e}`).join(', ');
}

export function isArchiveType(fileName: string): boolean {
  return ARCHIVE_EXTENSIONS.has(extensionOf(fileName));
}

export function extensionOf(fileName: string): string {
  return extname(fileName).slice(1).toLowerCase();
}

export function isAllowedExtension(fileName: string): boolean {
  return Object.hasOwn(ALLOWED_TYPES, extensionOf(fileName));
}

/** The MIME type to store and serve, or null when the name or the content is not allowed. */
export async function detectAllowedType(fileName: string, path: string): Promise<string | null> {
  const type = ALLOWED_TYPES[extensionOf(fileName)];
  if (!type) return null;
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(head, 0, SAMPLE_BYTES, 0);
    return type.matches(head.subarray(0, bytesRead)) ? type.mime : null;
  } finally {
    await handle.close();
  }
}
