export { decodeSpeechFile } from './lib/decode-speech-file.util';
export { UnreadableSpeechFileError, type UnreadableReason } from './lib/unreadable-speech-file.exception';
export { FileParserPool, type FileParserOptions } from './lib/file-parser.pool';
export { DOCX_LIMITS } from './lib/speech-file.constant';
export type { ArchiveLimits } from './lib/zip-limits.util';
