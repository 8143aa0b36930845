import { codeTable } from '../text/char.util';
import { ACTOR_OPENERS } from './collective.constant';
import type { OrgMention } from './org-mention.util';

export type ActorRole = 'lead' | 'actor' | 'support';

/** Organizations named as the subject of a clause: they must act (unlike 向市委报告). */
export interface ActorClause {
  /** where the clause (or its opener such as 由/比如) begins */
  clauseStart: number;
  listEnd: number;
  mentions: OrgMention[];
  role: ActorRole;
}

const LIST_JOINERS = ['、', '和', '与', '及', '以及', '同'];
const CLAUSE_OPEN = new Set(['，', '。', '；', '：', '！', '？', '\n', '“', '”', '（', '）', '"']);
const NOT_ACTING = ['的', '是', '之', '也是', '作为', '所', '这', '那'];
const LEAD_WORDS = ['牵头', '负总责', '总牵头'];
const SUPPORT_WORDS = ['配合', '协助', '协同', '参与', '支持配合'];
const FILLERS = ['要', '负责', '来', '也', '还', '都', '等', '等部门', '等单位', '主动', '积极', '全力', '要积极', '要主动', '要全力'];

const NOT_ACTING_FIRST = codeTable(NOT_ACTING.map((w) => w[0]).join(''));
const ROLE_FIRST = codeTable([...LEAD_WORDS, ...SUPPORT_WORDS, ...FILLERS].map((w) => w[0]).join(''));

function joinerLength(text: string, from: number, to: number): number {
  // joiners are one or two characters: no slice for longer gaps
  if (to - from < 1 || to - from > 2) return -1;
  const gap = text.slice(from, to);
  return LIST_JOINERS.includes(gap) ? gap.length : -1;
}

/** Bodies named after these work with the actor of the clause: 教育局要会同卫健委… */
const JOINT_WORDS = ['会同', '联合', '协同'];

function isJoint(text: string, listStart: number): boolean {
  return JOINT_WORDS.some((w) => text.startsWith(w, listStart - w.length));
}

function opensClause(text: string, listStart: number, rangeStart: number): number {
  if (listStart <= rangeStart || CLAUSE_OPEN.has(text[listStart - 1] as string)) return listStart;
  for (const w of ACTOR_OPENERS) {
    const at = listStart - w.length;
    if (at >= rangeStart && text.startsWith(w, at)) {
      if (at === rangeStart || CLAUSE_OPEN.has(text[at - 1] as string)) return at;
    }
  }
  return -1;
}

function roleAfter(text: string, listEnd: number): ActorRole | null {
  let p = listEnd;
  if (NOT_ACTING_FIRST[text.charCodeAt(p)] === 1) for (const w of NOT_ACTING) if (text.startsWith(w, p)) return null;
  for (let guard = 0; guard < 3; guard++) {
    // one table lookup rules out most words before any startsWith
    const c = text.charCodeAt(p);
    if (ROLE_FIRST[c] === 0) break;
    for (const w of LEAD_WORDS) if (text.startsWith(w, p)) return 'lead';
    for (const w of SUPPORT_WORDS) if (text.startsWith(w, p)) return 'support';
    let filler = 0;
    for (const f of FILLERS) if (f.length > filler && text.startsWith(f, p)) filler = f.length;
    if (filler === 0) break;
    p += filler;
  }
  const next = text[p];
  if (next === undefined || next === '，' || next === '。' || next === '、' || next === '；') return null;
  return 'actor';
}

/** Groups mentions into lists (A、B和C) and keeps the lists that open a clause and are followed by an action. */
export function findActorClauses(text: string, mentions: readonly OrgMention[], rangeStart: number): ActorClause[] {
  const clauses: ActorClause[] = [];
  let k = 0;
  while (k < mentions.length) {
    const list: OrgMention[] = [mentions[k] as OrgMention];
    let j = k + 1;
    while (j < mentions.length) {
      const prev = list[list.length - 1] as OrgMention;
      const cur = mentions[j] as OrgMention;
      if (joinerLength(text, prev.end, cur.start) < 0) break;
      list.push(cur);
      j++;
    }
    k = j;
    const first = list[0] as OrgMention;
    const last = list[list.length - 1] as OrgMention;
    if (list.every((m) => m.kind === 'self')) continue;
    if (isJoint(text, first.start)) {
      clauses.push({ clauseStart: first.start, listEnd: last.end, mentions: list.filter((m) => m.kind !== 'self'), role: 'support' });
      continue;
    }
    const clauseStart = opensClause(text, first.start, rangeStart);
    if (clauseStart < 0) continue;
    const role = roleAfter(text, last.end);
    if (role === null) continue;
    // 由A牵头 marks A as lead even when the verb follows a comma
    clauses.push({ clauseStart, listEnd: last.end, mentions: list.filter((m) => m.kind !== 'self'), role });
  }
  return clauses;
}
