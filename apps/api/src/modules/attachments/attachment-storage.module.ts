import { Module } from '@nestjs/common';
import { Environment } from '@luoshi/config';
import { AttachmentStorage } from './attachment-storage';
import { LocalDiskAttachmentStorage } from './local-disk-attachment.storage';
import { S3AttachmentStorage } from './s3-attachment.storage';

/**
 * The one storage backend, shared by the upload pipeline (multer) and the attachments service:
 * ATTACHMENT_STORAGE=local (STORAGE_DIR, the default) or s3 (S3_* settings).
 */
@Module({
  providers: [
    {
      provide: AttachmentStorage,
      inject: [Environment],
      useFactory: (env: Environment): AttachmentStorage =>
        env.ATTACHMENT_STORAGE === 's3' ? new S3AttachmentStorage(env) : new LocalDiskAttachmentStorage(env),
    },
  ],
  exports: [AttachmentStorage],
})
export class AttachmentStorageModule {}
