import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Assignment, Attachment } from '@luoshi/data';
import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DataSource, type Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { FileParserService } from '../../core/files/file-parser.service';
import { AppException, notFound, requiredUuid } from '../../core/http/app.exception';
import { findPage } from '../../core/rest/apply-list-query';
import { byUuid } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import { Page } from '../../core/rest/page';
import { AuditService } from '../audit-events/audit.service';
import { assertMayActOn } from '../assignments/assignment-access.guard';
import { toAttachmentView, type AttachmentView } from '../reports/report.view';
import { AttachmentStorage } from './attachment-storage';
import { allowedExtensionsText, ATTACHMENT_ARCHIVE_LIMITS, detectAllowedType, isAllowedExtension, isArchiveType } from './file-type.util';

const NAME_MAX = 300;

/** A file multer has already streamed to the incoming folder. */
export interface IncomingFile {
  path: string;
  originalname: string;
  size: number;
}

@Injectable()
export class AttachmentsService {
  constructor(
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
    private readonly dataSource: DataSource,
    private readonly scope: OrganizationScopeService,
    private readonly storage: AttachmentStorage,
    private readonly audit: AuditService,
    private readonly files: FileParserService,
  ) {}

  /**
   * Keeps an uploaded file. Checks run in the API's error order — the assignment must be one the
   * caller may act on (404), the fields valid (400), the content of an allowed type (415), an archive within its inflation
   * limits (422) — and
   * the temporary file is removed whatever the outcome.
   */
  async upload(file: IncomingFile | undefined, fields: Record<string, unknown>, user: AuthUser): Promise<AttachmentView> {
    let stored = false;
    try {
      await assertMayActOn(this.scope, user, fields['assignmentId'], 'attach', false);
      const assignmentId = requiredUuid('assignmentId', fields['assignmentId']);
      if (!file) throw new AppException(400, 'file.required');
      const name = file.originalname.slice(-NAME_MAX);
      if (!isAllowedExtension(name)) {
        throw new AppException(415, 'file.unsupported_type', { name, allowed: allowedExtensionsText() });
      }
      const type = await detectAllowedType(name, file.path);
      if (!type) throw new AppException(415, 'file.type_mismatch', { name });
      // An archive (a .docx/.xlsx/.pptx is one) is inflated once, counted and discarded, in the
      // parsing pool: a zip bomb is refused here, before anyone downloads and opens it.
      if (isArchiveType(name)) await this.files.checkArchive(await readFile(file.path), name, ATTACHMENT_ARCHIVE_LIMITS);
      const id = randomUUID();
      const storageKey = `${assignmentId}/${id}`;
      await this.storage.putFile(storageKey, file.path);
      stored = true;
      try {
        const saved = await this.dataSource.transaction(async (m) => {
          const row = await m.save(
            m.create(Attachment, { id, assignmentId, reportId: null, name, size: file.size, type, storageKey, uploadedById: user.id }),
          );
          const view = toAttachmentView(row);
          await this.audit.record({ actorId: user.id, action: 'attachment.upload', entityType: 'attachment', entityId: id, after: { ...view } }, m);
          return view;
        });
        return saved;
      } catch (error) {
        await this.storage.remove(storageKey);
        throw error;
      }
    } finally {
      if (file && !stored) await rm(file.path, { force: true });
    }
  }

  async list(query: ListQuery, user: AuthUser): Promise<Page<AttachmentView>> {
    const qb = this.attachments.createQueryBuilder('f').innerJoin(Assignment, 'a', 'a.id = f.assignmentId');
    // The assignment's own rule: its organizations' users, and its handler (经办人), who may be
    // from a sub-organization that does not see the assignment's organization otherwise.
    this.scope.restrictToVisibleAssignments(qb, user);
    const page = await findPage(qb, query, {
      sortable: { createdAt: 'f.createdAt', name: 'f.name', size: 'f.size' },
      defaultSort: { field: 'createdAt', order: 'DESC' },
      search: ['f.name'],
      filters: { id: byUuid('f.id'), assignmentId: byUuid('f.assignmentId'), reportId: byUuid('f.reportId') },
    });
    return new Page(page.data.map(toAttachmentView), page.total, page.start);
  }

  async open(id: string, user: AuthUser): Promise<{ attachment: Attachment; stream: Readable }> {
    const attachment = await this.attachments.findOneBy({ id });
    if (!attachment || !(await this.scope.canSeeAssignmentId(user, attachment.assignmentId))) throw notFound('attachment');
    return { attachment, stream: await this.storage.read(attachment.storageKey) };
  }
}
