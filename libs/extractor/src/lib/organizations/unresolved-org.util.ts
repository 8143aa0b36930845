import { codeTable, isCjkCode } from '../text/char.util';
import { ADMIN_PREFIXES } from './collective.constant';
import { continuesIntoName, startsLongerName, type OrgMention } from './org-mention.util';
import type { OrgRegistry } from './org-registry.util';

/** Endings of organization names (市侨联, 县委常委会, 区政府, 市教育局). */
const ORG_ENDINGS = ['常委会', '委员会', '办公室', '政府', '人大', '政协', '法院', '检察院', '侨联', '文联', '残联', '工商联', '红十字会', '局', '委', '办', '厅', '部', '联', '会', '院', '署', '中心', '馆', '室', '街道', '支队', '大队', '总队', '站'];
const STOP = codeTable('的和与及要在对是将把向为从等也都还就各有了们这那个里内外');
const MAX_NAME = 8;
const ENDING_LAST = codeTable(ORG_ENDINGS.map((e) => e[e.length - 1]).join(''));
const ADMIN_CODES = codeTable([...ADMIN_PREFIXES].join(''));
const BAN = 0x529e; // 办
const CONTINUED_ENDINGS = codeTable('会室厅局办处队');
/** Verbs and prepositions that put a name right after them (提交县委常委会, 由市侨联). */
const HANDOVER = codeTable('由请交报送经给到至同联');

/** Whether text[start, end) ends with an organization ending that leaves a name before it. */
function endsWithEnding(text: string, start: number, end: number): boolean {
  for (const e of ORG_ENDINGS) if (end - e.length > start && text.startsWith(e, end - e.length)) return true;
  return false;
}

export interface RawSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * Names that look like organizations (an administrative prefix at a word start, a known ending)
 * but that the registry does not know. Reported once each, at their first occurrence.
 */
export function findUnresolvedOrgs(text: string, mentions: readonly OrgMention[], registry: OrgRegistry): RawSpan[] {
  return firstOccurrences(findUnknownNames(text, mentions, registry));
}

/** Each name once, where it first occurs. */
export function firstOccurrences(names: readonly RawSpan[]): RawSpan[] {
  const seen = new Set<string>();
  const out: RawSpan[] = [];
  for (const n of names) {
    if (seen.has(n.text)) continue;
    seen.add(n.text);
    out.push(n);
  }
  return out;
}

/**
 * The registry's mentions with the names it does not know among them, in order: an unknown name
 * acts, leads or supports like a known one (县侨联牵头，县总工会配合), though it names no organization.
 */
export function withUnknownNames(mentions: readonly OrgMention[], names: readonly RawSpan[]): OrgMention[] {
  if (names.length === 0) return mentions.slice();
  const out: OrgMention[] = [];
  let k = 0;
  for (const n of names) {
    while (k < mentions.length && (mentions[k] as OrgMention).start < n.start) out.push(mentions[k++] as OrgMention);
    out.push({ kind: 'unknown', org: null, orgKind: null, collective: null, start: n.start, end: n.end, name: n.text });
  }
  while (k < mentions.length) out.push(mentions[k++] as OrgMention);
  return out;
}

/** Every occurrence of a name findUnresolvedOrgs reports, in order. */
export function findUnknownNames(text: string, mentions: readonly OrgMention[], registry: OrgRegistry): RawSpan[] {
  const covered = new Uint8Array(text.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const out: RawSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    // 市 区 县 省 州 旗 (ADMIN_PREFIXES), by table: this loop visits every character
    if (ADMIN_CODES[text.charCodeAt(i)] === 0 || covered[i]) continue;
    // a registry word rejected as a mention (glued to a verb) is still a known name, unless a longer name goes on
    const known = registry.longestAt(text, i) ?? registry.longestAt(text, i + 1);
    // (县委 + 督查室 is a longer name, as the mention finder reads it)
    if (known && known.value.kind === 'org' && !startsLongerName(text, known.end) && !continuesIntoName(text, known.end)) {
      covered.fill(1, i, known.end);
      i = known.end - 1;
      continue;
    }
    // by code unit: this runs for every administrative prefix of the speech
    const prev = text.charCodeAt(i - 1);
    if (isCjkCode(prev) && !covered[i - 1] && STOP[prev] === 0 && HANDOVER[prev] === 0) continue;
    let best = -1;
    for (let j = i + 1; j < text.length && j - i <= MAX_NAME; j++) {
      const c = text.charCodeAt(j);
      if (!isCjkCode(c) || STOP[c] === 1 || covered[j]) break;
      if (j + 1 - i >= 3 && ENDING_LAST[c] === 1 && endsWithEnding(text, i, j + 1)) {
        best = j + 1;
        break;
      }
    }
    if (best < 0) continue;
    // the shortest name, carried on through a compound ending (县委常委 + 会, 县委办 + 公室)
    while (best < text.length && best - i < MAX_NAME && CONTINUED_ENDINGS[text.charCodeAt(best)] === 1 && !covered[best]) best++;
    if (text.charCodeAt(best - 1) === BAN && text.startsWith('公室', best)) best += 2;
    out.push({ text: text.slice(i, best), start: i, end: best });
    i = best - 1;
  }
  return out;
}
