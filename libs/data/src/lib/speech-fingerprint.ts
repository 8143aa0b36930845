import { createHash } from 'node:crypto';
import { normalizeSpeechText } from '@luoshi/common';

/** The hash of a speech's normalized text: a second upload of the same speech has the same one. */
export function speechFingerprint(text: string): string {
  return createHash('sha256').update(normalizeSpeechText(text)).digest('hex');
}
