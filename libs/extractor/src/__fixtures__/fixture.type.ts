import type { Cadence, ItemKind, RegistryOrg } from '../lib/types/extraction.type';

/** What a test speech must yield: each expected item is found by a phrase its text contains. */
export interface ExpectedItem {
  contains: string;
  kind: ItemKind;
  /** the task in a few words, without the actor or a leading 要 / 一要 / 二是 */
  title?: string;
  orgs?: string[];
  lead?: string | null;
  due?: string | null;
  cadence?: Cadence | null;
  /** phrase of the expected parent item */
  parent?: string;
}

export interface SpeechFixture {
  name: string;
  text: string;
  registry: RegistryOrg[];
  date?: string;
  today?: string;
  expectedTitle?: string;
  expectedDate: string | null;
  expectedAudience: string[];
  expectedSections: string[];
  expectedItems: ExpectedItem[];
  /** phrases no directive or commitment may contain (praise, quotations, rhetoric) */
  forbidden: string[];
  expectedUnresolved?: string[];
}
