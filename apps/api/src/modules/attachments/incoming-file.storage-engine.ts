import type { Request } from 'express';
import type { StorageEngine } from 'multer';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { AttachmentStorage } from './attachment-storage';

/**
 * A multer storage engine that streams each upload to the storage's incoming folder under a
 * random name: bytes go straight to disk, never into memory. (multer's own `diskStorage` does the
 * same, but importing it would depend on a package the workspace does not declare.)
 */
export function incomingFileStorage(storage: AttachmentStorage): StorageEngine {
  return {
    _handleFile(_req: Request, file: Express.Multer.File, callback: (error?: Error | null, info?: Partial<Express.Multer.File>) => void): void {
      void storage
        .prepareIncoming()
        .then(async (dir) => {
          const path = join(dir, randomUUID());
          const out = createWriteStream(path);
          await pipeline(file.stream, out);
          callback(null, { path, destination: dir, filename: path.slice(dir.length + 1), size: out.bytesWritten });
        })
        .catch((error: Error) => callback(error));
    },
    _removeFile(_req: Request, file: Express.Multer.File, callback: (error: Error | null) => void): void {
      void rm(file.path, { force: true }).then(
        () => callback(null),
        (error: Error) => callback(error),
      );
    },
  };
}
