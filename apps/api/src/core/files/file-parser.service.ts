import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Environment } from '@luoshi/config';
import { FileParserPool, UnreadableSpeechFileError, type ArchiveLimits } from '@luoshi/speech-file';
import { AppException } from '../http/app.exception';

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/**
 * The API's one pool of parsing threads (speech uploads, attachment checks): parsing never runs
 * on the event loop. Refusals come back as AppExceptions with a `file.*` code naming the file.
 */
@Injectable()
export class FileParserService implements OnModuleDestroy {
  private readonly pool: FileParserPool;

  constructor(private readonly env: Environment) {
    this.pool = new FileParserPool({
      threads: env.FILE_PARSE_THREADS,
      timeoutMs: env.FILE_PARSE_TIMEOUT_SECONDS * 1000,
      maxHeapMb: env.FILE_PARSE_MAX_HEAP_MB,
    });
  }

  async decodeSpeechFile(bytes: Uint8Array, name: string, limits: ArchiveLimits): Promise<string> {
    try {
      return await this.pool.decodeSpeechFile(bytes, name);
    } catch (error) {
      throw this.refusal(error, name, limits);
    }
  }

  /** A zip-based upload (an Office Open XML attachment) must be a sound archive within the limits. */
  async checkArchive(bytes: Uint8Array, name: string, limits: ArchiveLimits): Promise<void> {
    try {
      await this.pool.checkArchive(bytes, limits);
    } catch (error) {
      throw this.refusal(error, name, limits);
    }
  }

  onModuleDestroy(): Promise<void> {
    return this.pool.destroy();
  }

  private refusal(error: unknown, name: string, limits: ArchiveLimits): unknown {
    if (!(error instanceof UnreadableSpeechFileError)) return error;
    switch (error.reason) {
      case 'empty':
        return new AppException(422, 'file.empty', { name });
      case 'unsupported-type':
        return new AppException(415, 'file.unsupported_type', { name, allowed: '.txt, .docx, .pdf' });
      case 'too-large':
        return new AppException(413, 'file.too_large', { limit: megabytes(limits.maxInflatedBytes) });
      case 'decompressed-too-large':
        return new AppException(422, 'file.decompressed_too_large', { name, limit: megabytes(limits.maxInflatedBytes) });
      case 'timeout':
        return new AppException(422, 'file.parse_timeout', { name, seconds: this.env.FILE_PARSE_TIMEOUT_SECONDS });
      case 'binary':
        return new AppException(422, 'file.unknown_encoding', { name });
      case 'pdf-no-text-layer':
        return new AppException(422, 'file.pdf_no_text_layer', { name });
      case 'corrupt-pdf':
        return new AppException(422, 'file.pdf_corrupt', { name });
      default:
        return new AppException(422, 'file.unreadable', { name });
    }
  }
}
