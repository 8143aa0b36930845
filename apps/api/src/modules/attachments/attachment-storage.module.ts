import { Module } from '@nestjs/common';
import { AttachmentStorage } from './attachment-storage';
import { LocalDiskAttachmentStorage } from './local-disk-attachment.storage';

/** The one storage backend, shared by the upload pipeline (multer) and the attachments service. */
@Module({
  providers: [{ provide: AttachmentStorage, useClass: LocalDiskAttachmentStorage }],
  exports: [AttachmentStorage],
})
export class AttachmentStorageModule {}
