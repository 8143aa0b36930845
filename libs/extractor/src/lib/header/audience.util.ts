import type { OrgMention } from '../organizations/org-mention.util';
import { mentionsIn } from '../organizations/org-mention.util';
import { splitSentences } from '../sentences/sentence.util';

/** Verbs that close the list of those present (刚才，A、B作了发言 / 把A、B召集起来). */
const PRESENCE_VERBS = ['作了发言', '做了发言', '发了言', '交流发言', '作了交流', '汇报了', '分别汇报', '作了汇报', '做了汇报', '汇报', '发言', '召集', '参加', '出席', '与会', '介绍了'];

/** Verbs after which the list of those present follows: 参加今天会议的有… */
const ATTENDANCE_VERBS = ['参加', '出席', '与会'];

/** The opening is a few paragraphs; a speech without headings is not read to its end for this. */
const MAX_OPENING = 6000;

/**
 * The audience, read from the opening: registry organizations listed before a presence verb in
 * the same sentence. The speaker's own body (party committee) is not the audience.
 */
export function findAudience(text: string, openingEnd: number, mentions: readonly OrgMention[]): string[] {
  const out: string[] = [];
  for (const s of splitSentences(text, 0, Math.min(openingEnd, MAX_OPENING))) {
    const sentence = text.slice(s.start, s.end);
    let verbAt = -1;
    for (const v of PRESENCE_VERBS) {
      const at = sentence.indexOf(v);
      if (at >= 0 && (verbAt < 0 || at < verbAt)) verbAt = at;
    }
    if (verbAt < 0) continue;
    // 参加今天会议的有A、B… / 出席会议的是…: the list follows the verb
    const listed = sentence.indexOf('的有', verbAt) >= 0 ? sentence.indexOf('的有', verbAt) : sentence.indexOf('的是', verbAt);
    const attendance = listed >= 0 && ATTENDANCE_VERBS.some((v) => sentence.startsWith(v, verbAt));
    const from = attendance ? s.start + listed + 2 : s.start;
    const to = attendance ? s.end : s.start + verbAt;
    for (const m of mentionsIn(mentions, from, to)) {
      if (m.kind !== 'org' || m.org === null || m.orgKind === 'party_committee') continue;
      if (!out.includes(m.org)) out.push(m.org);
    }
  }
  return out;
}
