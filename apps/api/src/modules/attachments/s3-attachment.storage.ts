import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '@luoshi/config';
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { notFound } from '../../core/http/app.exception';
import { AttachmentStorage } from './attachment-storage';

/**
 * Objects in an S3-compatible bucket (MinIO, any cloud's object store), one per key, so every API
 * replica on any machine reads the same files. Uploads land in a local folder first (multer streams
 * them there while the size and type are checked) and are then sent to the bucket.
 */
@Injectable()
export class S3AttachmentStorage extends AttachmentStorage implements OnApplicationShutdown {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly incomingDir = join(tmpdir(), 'luoshi-incoming');

  constructor(env: Environment) {
    super();
    this.bucket = env.S3_BUCKET;
    this.client = new S3Client({
      region: env.S3_REGION,
      ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
      ...(env.S3_ACCESS_KEY_ID ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } } : {}),
      // Checksums only where an operation needs them: older S3-compatible servers refuse the SDK's default ones.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async prepareIncoming(): Promise<string> {
    await mkdir(this.incomingDir, { recursive: true });
    return this.incomingDir;
  }

  async putFile(key: string, localPath: string): Promise<void> {
    try {
      const { size } = await stat(localPath);
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: createReadStream(localPath), ContentLength: size }));
    } finally {
      await rm(localPath, { force: true });
    }
  }

  async read(key: string): Promise<Readable> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!(object.Body instanceof Readable)) throw new Error(`S3 GetObject ${key}: no stream in the answer`);
      return object.Body;
    } catch (error) {
      // The record exists but its object is gone: the same 404 as no record.
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') throw notFound('attachment');
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  onApplicationShutdown(): void {
    this.client.destroy();
  }
}
