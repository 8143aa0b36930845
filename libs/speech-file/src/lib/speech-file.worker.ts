import { decodeSpeechFile } from './decode-speech-file.util';
import type { FileTask, FileTaskResult } from './file-task.type';
import { UnreadableSpeechFileError } from './unreadable-speech-file.exception';
import { assertArchiveWithinLimits } from './zip-limits.util';

/** The parsing pool's worker thread: one task in, its result out (see FileParserPool). */
export default async function runFileTask(task: FileTask): Promise<FileTaskResult> {
  try {
    if (task.kind === 'archive') {
      assertArchiveWithinLimits(task.bytes, task.limits);
      return { ok: true, text: '' };
    }
    return { ok: true, text: await decodeSpeechFile(task.bytes, task.fileName) };
  } catch (error) {
    if (error instanceof UnreadableSpeechFileError) return { ok: false, reason: error.reason, message: error.message };
    throw error;
  }
}
