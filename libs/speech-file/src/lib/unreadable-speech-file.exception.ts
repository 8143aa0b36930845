export type UnreadableReason =
  | 'empty'
  | 'binary'
  | 'corrupt-docx'
  | 'unsupported-type'
  | 'too-large'
  | 'decompressed-too-large'
  | 'timeout'
  | 'corrupt-pdf'
  | 'pdf-no-text-layer';

/** The uploaded bytes are not a speech we can read; `message` is meant for the person who uploaded it. */
export class UnreadableSpeechFileError extends Error {
  override readonly name = 'UnreadableSpeechFileError';

  constructor(
    readonly reason: UnreadableReason,
    message: string,
  ) {
    super(message);
  }
}
