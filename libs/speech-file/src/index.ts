export { decodeSpeechFile } from './lib/decode-speech-file.util';
export { UnreadableSpeechFileError, type UnreadableReason } from './lib/unreadable-speech-file.exception';
