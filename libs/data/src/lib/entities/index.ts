import { Assignment } from './assignment.entity';
import { Attachment } from './attachment.entity';
import { AuditEvent } from './audit-event.entity';
import { BulletinRecord } from './bulletin.entity';
import { CalendarDayRecord } from './calendar-day.entity';
import { Delivery } from './delivery.entity';
import { ExtensionRequest } from './extension-request.entity';
import { ItemOrganization } from './item-organization.entity';
import { Item } from './item.entity';
import { NotificationChannelConfig } from './notification-channel.entity';
import { NotificationPreference } from './notification-preference.entity';
import { Notification } from './notification.entity';
import { Organization } from './organization.entity';
import { ProgressReport } from './progress-report.entity';
import { ReminderRule } from './reminder-rule.entity';
import { ScoringSchemeRecord } from './scoring-scheme.entity';
import { Speech } from './speech.entity';
import { User } from './user.entity';
import { UserSession } from './user-session.entity';

export {
  Assignment,
  Attachment,
  AuditEvent,
  BulletinRecord,
  CalendarDayRecord,
  Delivery,
  ExtensionRequest,
  Item,
  ItemOrganization,
  Notification,
  NotificationChannelConfig,
  NotificationPreference,
  Organization,
  ProgressReport,
  ReminderRule,
  ScoringSchemeRecord,
  Speech,
  User,
  UserSession,
};

export const ENTITIES = [
  Organization,
  User,
  Speech,
  Item,
  ItemOrganization,
  Assignment,
  ProgressReport,
  Attachment,
  ExtensionRequest,
  Notification,
  ReminderRule,
  AuditEvent,
  UserSession,
  CalendarDayRecord,
  NotificationChannelConfig,
  NotificationPreference,
  Delivery,
  ScoringSchemeRecord,
  BulletinRecord,
];
