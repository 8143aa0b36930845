import type { AssignmentRole, Cadence, ItemKind, ItemStatus, OrganizationKind, SpeechStatus } from '@luoshi/common';

/** An organization-like name extraction found outside the registry; offsets into `rawText`. */
export interface UnresolvedMention {
  text: string;
  start: number;
  end: number;
}

export interface ReviewSpeech {
  id: string;
  title: string;
  date: string | null;
  speaker: string | null;
  meeting: string | null;
  rawText: string;
  status: SpeechStatus;
  unresolvedOrgs: UnresolvedMention[];
  audienceIds: string[];
  version: number;
}

export interface PlannedOrganization {
  organizationId: string;
  role: AssignmentRole;
}

/** An item as `GET /api/items` returns it; spans are offsets into the speech's `rawText`. */
export interface ReviewItem {
  id: string;
  speechId: string | null;
  parentId: string | null;
  kind: ItemKind;
  title: string;
  text: string;
  spanStart: number | null;
  spanEnd: number | null;
  dueDate: string | null;
  cadence: Cadence | null;
  confidence: number | null;
  status: ItemStatus;
  position: number;
  version: number;
  organizations: PlannedOrganization[];
  progress: number | null;
}

export interface RegistryOrganization {
  id: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: OrganizationKind;
}

/** `GET /api/speeches/:id/publish-preview`. */
export interface PublishPreview {
  items: number;
  assignments: number;
  unassigned: Array<{ id: string; title: string }>;
  /** Draft items already past their due date: listed, publishing stays allowed. */
  pastDue: Array<{ id: string; title: string; dueDate: string }>;
}

/** `POST /api/speeches/:id/extract`. */
export interface ExtractionSummary {
  items: number;
  sections: number;
  directives: number;
  commitments: number;
  unresolvedOrgs: number;
  date: string | null;
}
