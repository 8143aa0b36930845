import type { OrgMention } from '../organizations/org-mention.util';
import { mentionsIn } from '../organizations/org-mention.util';

/** The opening is read for the speaker's body only as far as its first paragraphs. */
const MAX_OPENING = 1000;
const SPEAKS_FOR = '代表';

/**
 * The body the speaker speaks for, as the opening names it (我代表县市场监管局作表态发言 → 市场监管局):
 * the registry organization right after 代表. null when the opening names none; the speaker's body
 * is then the registry's party committee.
 */
export function findSpeakerBody(text: string, openingEnd: number, mentions: readonly OrgMention[]): string | null {
  for (const m of mentionsIn(mentions, 0, Math.min(openingEnd, MAX_OPENING))) {
    if (m.kind === 'org' && m.org !== null && text.startsWith(SPEAKS_FOR, m.start - SPEAKS_FOR.length)) return m.org;
  }
  return null;
}
