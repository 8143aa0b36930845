import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { FileTask, FileTaskResult } from './file-task.type';
import { UnreadableSpeechFileError } from './unreadable-speech-file.exception';
import type { ArchiveLimits } from './zip-limits.util';

export interface FileParserOptions {
  /** Worker threads parsing at once; more uploads wait in the pool's queue. */
  threads: number;
  /** A task (queue time included) that takes longer is stopped and its thread replaced. */
  timeoutMs: number;
  /** Heap of one worker thread: a parser that needs more dies alone, not the API. */
  maxHeapMb: number;
}

/**
 * The built API ships the worker as `speech-file.worker.js` beside its bundle; running from the
 * sources (tests), the TypeScript file is loaded through tsx.
 */
function workerEntry(): { filename: string; execArgv: string[] } {
  const bundled = join(__dirname, 'speech-file.worker.js');
  if (existsSync(bundled)) return { filename: bundled, execArgv: [] };
  return { filename: join(__dirname, 'speech-file.worker.ts'), execArgv: ['--import', 'tsx'] };
}

/**
 * Parses uploads off the event loop: text decoding, .docx (and whatever decodeSpeechFile reads)
 * and zip checks run in a pool of worker threads with a time cap and a heap cap, so that one
 * hostile file cannot stall the requests of others or take the API's memory.
 */
export class FileParserPool {
  private readonly pool: Piscina<FileTask, FileTaskResult>;

  constructor(private readonly options: FileParserOptions) {
    const entry = workerEntry();
    this.pool = new Piscina({
      filename: entry.filename,
      execArgv: entry.execArgv,
      minThreads: 0,
      maxThreads: options.threads,
      idleTimeout: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb, maxYoungGenerationSizeMb: 32 },
    });
  }

  /** decodeSpeechFile in a worker thread: same result, same UnreadableSpeechFileError. */
  async decodeSpeechFile(bytes: Uint8Array, fileName?: string): Promise<string> {
    return this.run({ kind: 'speech', bytes, fileName });
  }

  /** Throws UnreadableSpeechFileError when the zip archive is corrupt or inflates beyond the limits. */
  async checkArchive(bytes: Uint8Array, limits: ArchiveLimits): Promise<void> {
    await this.run({ kind: 'archive', bytes, limits });
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }

  private async run(task: FileTask): Promise<string> {
    let result: FileTaskResult;
    try {
      result = await this.pool.run(task, { signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (error) {
      const code = (error as { code?: string; name?: string }).code ?? (error as { name?: string }).name;
      if (code === 'AbortError' || code === 'TimeoutError' || code === 'ABORT_ERR') {
        const seconds = Math.round(this.options.timeoutMs / 1000);
        throw new UnreadableSpeechFileError('timeout', `文件解析超过 ${seconds} 秒，已停止 (parsing took longer than ${seconds} s).`);
      }
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
        throw new UnreadableSpeechFileError('decompressed-too-large', '文件内容过于庞大，解析时超出内存上限 (the file needs too much memory to parse).');
      }
      throw error;
    }
    if (!result.ok) throw new UnreadableSpeechFileError(result.reason, result.message);
    return result.text;
  }
}
