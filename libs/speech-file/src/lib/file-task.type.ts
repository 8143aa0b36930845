import type { UnreadableReason } from './unreadable-speech-file.exception';
import type { ArchiveLimits } from './zip-limits.util';

/** What the parsing pool is asked to do, in a worker thread. */
export type FileTask =
  | { kind: 'speech'; bytes: Uint8Array; fileName?: string }
  | { kind: 'archive'; bytes: Uint8Array; limits: ArchiveLimits };

/** Errors cross the thread boundary as data: a thrown error would lose its `reason`. */
export type FileTaskResult = { ok: true; text: string } | { ok: false; reason: UnreadableReason; message: string };
