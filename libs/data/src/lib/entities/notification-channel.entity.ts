import type { GroupChannelKind } from '@luoshi/common';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from './base.columns';

/** A group robot or webhook of one organization: reminders and events for its users are posted there. */
@Entity('notification_channels')
export class NotificationChannelConfig extends VersionedRecord {
  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: GroupChannelKind;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** The robot's webhook address; it carries the access token (DingTalk), key (WeCom) or hook id (Feishu). */
  @Column({ type: 'text' })
  url!: string;

  /** Signing secret (DingTalk SEC…, Feishu, generic webhook); never returned in full. */
  @Column({ type: 'text', nullable: true })
  secret!: string | null;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;
}
