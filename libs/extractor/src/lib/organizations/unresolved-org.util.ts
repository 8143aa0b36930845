import { codeTable, isCjk } from '../text/char.util';
import { ADMIN_PREFIXES, LONGER_NAME_SUFFIXES } from './collective.constant';
import type { OrgMention } from './org-mention.util';
import type { OrgRegistry } from './org-registry.util';

/** Endings of organization names (市侨联, 县委常委会, 区政府, 市教育局). */
const ORG_ENDINGS = ['常委会', '委员会', '办公室', '政府', '人大', '政协', '法院', '检察院', '侨联', '文联', '残联', '工商联', '红十字会', '局', '委', '办', '厅', '部', '联', '会', '院', '署', '中心', '街道', '支队', '大队', '总队', '站'];
const STOP = new Set(['的', '和', '与', '及', '要', '在', '对', '是', '将', '把', '向', '为', '从', '等', '也', '都', '还', '就', '各', '有', '了', '们', '这', '那', '个', '里', '内', '外']);
const MAX_NAME = 8;
const ENDING_LAST = codeTable(ORG_ENDINGS.map((e) => e[e.length - 1]).join(''));
const ADMIN_CODES = codeTable([...ADMIN_PREFIXES].join(''));
const CONTINUED_ENDINGS = new Set(['会', '室', '厅', '局', '办', '处', '队']);
/** Verbs and prepositions that put a name right after them (提交县委常委会, 由市侨联). */
const HANDOVER = new Set(['由', '请', '交', '报', '送', '经', '给', '到', '至', '同', '联']);

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
  const covered = new Uint8Array(text.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const seen = new Set<string>();
  const out: RawSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    // 市 区 县 省 州 旗 (ADMIN_PREFIXES), by table: this loop visits every character
    if (ADMIN_CODES[text.charCodeAt(i)] === 0 || covered[i]) continue;
    // a registry word rejected as a mention (glued to a verb) is still a known name, unless a longer name goes on
    const known = registry.longestAt(text, i) ?? registry.longestAt(text, i + 1);
    if (known && known.value.kind === 'org' && !LONGER_NAME_SUFFIXES.some((x) => text.startsWith(x, known.end))) {
      covered.fill(1, i, known.end);
      i = known.end - 1;
      continue;
    }
    const prev = text[i - 1];
    if (isCjk(prev) && !covered[i - 1] && !STOP.has(prev as string) && !HANDOVER.has(prev as string)) continue;
    let best = -1;
    for (let j = i + 1; j < text.length && j - i <= MAX_NAME; j++) {
      const ch = text[j] as string;
      if (!isCjk(ch) || STOP.has(ch) || covered[j]) break;
      if (j + 1 - i >= 3 && ENDING_LAST[text.charCodeAt(j)] === 1 && ORG_ENDINGS.some((e) => j + 1 - e.length > i && text.startsWith(e, j + 1 - e.length))) {
        best = j + 1;
        break;
      }
    }
    if (best < 0) continue;
    // the shortest name, carried on through a compound ending (县委常委 + 会)
    while (best < text.length && best - i < MAX_NAME && CONTINUED_ENDINGS.has(text[best] as string) && !covered[best]) best++;
    const name = text.slice(i, best);
    if (!seen.has(name)) {
      seen.add(name);
      out.push({ text: name, start: i, end: best });
    }
    i = best - 1;
  }
  return out;
}
