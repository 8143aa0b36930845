import type { OrgMention } from '../organizations/org-mention.util';
import { COMMITMENT_MAX_GAP } from './cue.constant';

const PAUSES = new Set(['，', '。', '；', '：', '！', '？', '\n']);

/**
 * The speaker's own body promises something: 我们也将…, 区委将…, 区委对X也将….
 * `mentions` are the mentions inside the sentence.
 */
export function isCommitment(text: string, sentenceEnd: number, mentions: readonly OrgMention[]): boolean {
  return promiser(text, sentenceEnd, mentions) !== null;
}

/** The first mention of the speaker's own body (我们, 县委) that is the subject of a 将 in the sentence, or null. */
export function promiser(text: string, sentenceEnd: number, mentions: readonly OrgMention[]): OrgMention | null {
  for (const m of mentions) {
    const speaker = m.kind === 'self' || (m.kind === 'org' && m.orgKind === 'party_committee');
    if (speaker && willAfter(text, m, sentenceEnd)) return m;
  }
  return null;
}

/** Whether the body `m` names is the subject of a 将 (A将…, A也将…, A对X也将…) before the clause ends. */
export function willAfter(text: string, m: OrgMention, sentenceEnd: number): boolean {
  for (let j = m.end; j < sentenceEnd && j - m.end <= COMMITMENT_MAX_GAP; j++) {
    const ch = text[j] as string;
    if (PAUSES.has(ch)) break;
    if (ch === '要' || ch === '的') break;
    if (ch === '将' && text[j + 1] !== '来' && text[j - 1] !== '即') return true;
  }
  return false;
}
