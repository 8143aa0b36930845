import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Attachment } from '@luoshi/data';
import { isUUID } from 'class-validator';
import type { Request } from 'express';
import { diskStorage } from 'multer';
import { randomUUID } from 'node:crypto';
import type { AuthUser } from '../../core/auth/auth-user';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { FilesModule } from '../../core/files/files.module';
import { AppException } from '../../core/http/app.exception';
import { assertMayActOn } from '../assignments/assignment-access.guard';
import { AttachmentStorage } from './attachment-storage';
import { AttachmentStorageModule } from './attachment-storage.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { allowedExtensionsText, isAllowedExtension, MAX_ATTACHMENT_BYTES } from './file-type.util';

@Module({
  imports: [
    TypeOrmModule.forFeature([Attachment]),
    AttachmentStorageModule,
    FilesModule,
    MulterModule.registerAsync({
      imports: [AttachmentStorageModule],
      inject: [AttachmentStorage, OrganizationScopeService],
      useFactory: (storage: AttachmentStorage, scope: OrganizationScopeService) => ({
        // Streamed to the storage volume, never held in memory; multer removes a file cut off by the limit (413).
        storage: diskStorage({
          destination: (_req, _file, cb) => {
            storage.prepareIncoming().then(
              (dir) => cb(null, dir),
              (error: Error) => cb(error, ''),
            );
          },
          filename: (_req, _file, cb) => cb(null, randomUUID()),
        }),
        limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 10, parts: 20 },
        defParamCharset: 'utf8',
        // When `assignmentId` precedes the file in the form, refuse before writing a byte: a foreign
        // assignment is 404 whatever the file, then a name outside the allow-list is 415.
        fileFilter: (req: Request & { user: AuthUser }, file: { originalname: string }, cb: (error: Error | null, accept: boolean) => void) => {
          const assignmentId = (req.body as Record<string, unknown> | undefined)?.['assignmentId'];
          if (typeof assignmentId !== 'string' || !isUUID(assignmentId)) return cb(null, true);
          // multer ignores a returned promise: every outcome goes through the callback.
          assertMayActOn(scope, req.user, assignmentId, 'attach', false).then(
            () =>
              isAllowedExtension(file.originalname)
                ? cb(null, true)
                : cb(new AppException(415, 'file.unsupported_type', { name: file.originalname, allowed: allowedExtensionsText() }), false),
            (error: Error) => cb(error, false),
          );
        },
      }),
    }),
  ],
  controllers: [AttachmentsController],
  providers: [AttachmentsService],
})
export class AttachmentsModule {}
