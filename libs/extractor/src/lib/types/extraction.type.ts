import type { Cadence, ItemKind, OrganizationKind, WorkingCalendar } from '@luoshi/common';

// the shared enums are the single source of truth; the extractor keeps its own names for callers
export type { Cadence, ItemKind };
export type OrgKind = OrganizationKind;

/** One entry of a deployment's organization registry (shape of corpus/orgs.json `organizations[]`). */
export interface RegistryOrg {
  name: string;
  kind: OrgKind | string;
  aliases?: readonly string[];
}

export interface ExtractOptions {
  text: string;
  registry: readonly RegistryOrg[];
  /** 'YYYY-MM-DD' given by the caller; wins over a date written in the speech. */
  date?: string | null;
  /** 'YYYY-MM-DD' used when neither `date` nor a written date exists (the caller's clock). */
  today?: string | null;
  /**
   * Working days and public holidays for 5个工作日内 / 国庆节前. The API passes its admin-editable
   * calendar table; without one, the published Chinese calendar (chinese-days) is used.
   */
  calendar?: WorkingCalendar;
}

export interface UnresolvedOrg {
  text: string;
  start: number;
  end: number;
}

export interface ExtractedItem {
  id: string;
  parentId: string | null;
  kind: ItemKind;
  title: string;
  text: string;
  start: number;
  end: number;
  orgs: string[];
  lead: string | null;
  due: string | null;
  cadence: Cadence | null;
  confidence: number;
}

export interface ExtractionResult {
  title: string;
  date: string | null;
  audience: string[];
  unresolvedOrgs: UnresolvedOrg[];
  items: ExtractedItem[];
}
