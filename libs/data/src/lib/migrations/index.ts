import { InitialSchema1763800000000 } from './1763800000000-initial-schema';
import { SpeechExtraction1763900000000 } from './1763900000000-speech-extraction';
import { SupervisionWorkflow1764000000000 } from './1764000000000-supervision-workflow';
import { AssignmentHandler1764050000000 } from './1764050000000-assignment-handler';
import { IdentityHardening1764110000000 } from './1764110000000-identity-hardening';
import { InsertionOrderTimes1764120000000 } from './1764120000000-insertion-order-times';
import { Reminders1764200000000 } from './1764200000000-reminders';
import { NotificationDeliveries1764250000000 } from './1764250000000-notification-deliveries';
import { SpeechFingerprint1764300000000 } from './1764300000000-speech-fingerprint';
import { ReviewJournal1764310000000 } from './1764310000000-review-journal';
import { LeadersView1764400000000 } from './1764400000000-leaders-view';
import { ListIndexes1764500000000 } from './1764500000000-list-indexes';
import { LastReportAt1764600000000 } from './1764600000000-last-report-at';
import { RecentSpeeches1764810000000 } from './1764810000000-recent-speeches';
import { NotificationIndexes1764820000000 } from './1764820000000-notification-indexes';
import { SettledRollups1764830000000 } from './1764830000000-settled-rollups';

/** Every migration, in order. A new one is appended here. */
export const MIGRATIONS = [
  InitialSchema1763800000000,
  SpeechExtraction1763900000000,
  SupervisionWorkflow1764000000000,
  AssignmentHandler1764050000000,
  IdentityHardening1764110000000,
  InsertionOrderTimes1764120000000,
  Reminders1764200000000,
  NotificationDeliveries1764250000000,
  SpeechFingerprint1764300000000,
  ReviewJournal1764310000000,
  LeadersView1764400000000,
  ListIndexes1764500000000,
  LastReportAt1764600000000,
  RecentSpeeches1764810000000,
  NotificationIndexes1764820000000,
  SettledRollups1764830000000,
];
