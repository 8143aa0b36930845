import type { ItemKind } from '../types/extraction.type';

export type DraftSource = 'section' | 'heading' | 'member' | 'org-child' | 'shift-child' | 'free' | 'commitment';

/** An item while the tree is being built; offsets index the normalized text. */
export interface Draft {
  kind: ItemKind;
  source: DraftSource;
  start: number;
  /** where the text after the item's marker or heading begins (a clause start) */
  bodyStart: number;
  /** end of the item's outline marker (（一）, 1., 一是), or its start when it has none */
  markerEnd: number;
  end: number;
  /** where the item's own text starts to be followed by its first child */
  ownEnd: number;
  title: string;
  parent: Draft | null;
  children: Draft[];
  /** organizations named by a 对X来说 topic */
  topicOrgs: string[];
  orgs: string[];
  lead: string | null;
  explicitActor: boolean;
  /** a point's heading that states a task itself (抓好培训。): the point is a task whatever its passage says */
  headingTask: boolean;
  /**
   * the passage between a point's heading and its first child holds a task of its own (（一）抓好项目建设。
   * 明年全县要新开工项目30个。A要……): the point stays a task when it also hands parts to other bodies
   */
  ownTask: boolean;
  /** a point's heading as it reads (校园安全): its title if the point turns out to be a section */
  headingTitle?: string;
}
