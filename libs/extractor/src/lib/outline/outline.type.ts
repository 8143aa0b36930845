/** Outline ranks: a smaller rank is a higher level. */
export const RANK = {
  part: 5,
  chineseComma: 10,
  /** 督办事项一： / 交办事项（一）: the numbered items of a 交办单, whatever their numbers look like */
  labelled: 12,
  about: 15,
  chineseParen: 20,
  numberDot: 30,
  numberParen: 40,
  circled: 50,
  /** 首先/其次/第一 opening paragraphs, only used when the speech has no explicit headings */
  ordinalParagraph: 60,
} as const;

export interface Heading {
  /** paragraph start */
  start: number;
  /** end of the marker (一、 （一） 1.) */
  markerEnd: number;
  /** end of the title (its closing 。 excluded) */
  titleEnd: number;
  /** where the passage after the title begins */
  bodyStart: number;
  rank: number;
  ordinal: number;
}

export interface OutlineNode {
  heading: Heading;
  /** end of the node's whole passage, children included */
  end: number;
  children: OutlineNode[];
}

export type InlineFamily = 'ordinal' | 'pair' | 'topic' | 'paren';

export interface InlineMarker {
  start: number;
  end: number;
  family: InlineFamily;
  /** sub-family to prefer when continuing a series (第, 是, 要, 其, seq...) */
  style: string;
  /** 1-based; -1 for 最后 */
  ordinal: number;
  /** for 对X来说: the X */
  topicStart?: number;
  topicEnd?: number;
}

export interface InlineMember {
  marker: InlineMarker;
  start: number;
  end: number;
  series: InlineSeries[];
}

export interface InlineSeries {
  family: InlineFamily;
  members: InlineMember[];
}
