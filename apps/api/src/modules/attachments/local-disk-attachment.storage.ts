import { Injectable } from '@nestjs/common';
import { Environment } from '@luoshi/config';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { notFound } from '../../core/http/app.exception';
import { AttachmentStorage } from './attachment-storage';

/** Files under STORAGE_DIR, one per key; uploads land in STORAGE_DIR/.incoming first. */
@Injectable()
export class LocalDiskAttachmentStorage extends AttachmentStorage {
  private readonly root: string;
  readonly incomingDir: string;

  constructor(env: Environment) {
    super();
    this.root = resolve(env.STORAGE_DIR);
    this.incomingDir = join(this.root, '.incoming');
  }

  /** Created on the first upload, so an API that never receives a file leaves no folder behind. */
  async prepareIncoming(): Promise<string> {
    await mkdir(this.incomingDir, { recursive: true });
    return this.incomingDir;
  }

  async putFile(key: string, localPath: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    await rename(localPath, target);
  }

  async read(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    // The record exists but its file is gone (a lost disk, a partial restore): the same 404 as no record.
    await stat(path).catch(() => {
      throw notFound('attachment');
    });
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Keys are made by the API, but a path must never leave the root whatever the key says. */
  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`Storage key escapes the storage folder: ${key}`);
    return path;
  }
}
