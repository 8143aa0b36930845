import { codeTable, isCjkCode, startsWithAny } from '../text/char.util';
import { isNumeralAt } from '../text/chinese-number.util';
import { ADMIN_PREFIXES, BODY_ORGANS, LEFT_CONNECTORS, LONGER_NAME_SUFFIXES, PERSON_TITLES, SCOPE_PREFIXES } from './collective.constant';
import type { OrgRegistry, TrieValue } from './org-registry.util';

export interface OrgMention extends TrieValue {
  start: number;
  end: number;
  /** for an `unknown` mention: the name as written (县侨联) */
  name?: string;
}

const NAME_LOOKAHEAD = 4;
const NAME_ENDINGS = codeTable('室局部办厅处院委会队站所');
/** Function words and common verbs after a name: the name ended before them. */
const NAME_STOPS = codeTable('要将对在的和是也把向为以及与从等都还就会牵配协负组了着已能应必须按根围结同作做给让使');
const HUI = 0x4f1a; // 会
const TONG = 0x540c; // 同
const YAO = 0x8981; // 要
const BAN = 0x529e; // 办
/** Verbs ending in 办 (举办, 承办, 督办…): after a name they are its action, not a longer name (县委办). */
const BAN_VERB_FIRST = codeTable('举承主督交创开协代查包');
/** What a series marker (一要) follows when it opens a clause. */
const MARKER_OPEN = codeTable('，。；：！？\n');

function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (at >= w.length && text.startsWith(w, at - w.length)) return true;
  return false;
}

/**
 * A few more characters that end like an organization or a post (市委 + 督查室, 市委 + 书记) make the
 * match a qualifier of a longer name the registry does not know.
 */
export function continuesIntoName(text: string, end: number): boolean {
  for (let j = end; j < text.length && j - end < NAME_LOOKAHEAD; j++) {
    const c = text.charCodeAt(j);
    if (!isCjkCode(c) || NAME_STOPS[c] === 1) return false;
    if (j > end && NAME_ENDINGS[c] === 1 && !(c === HUI && text.charCodeAt(j + 1) === TONG) && !(c === BAN && BAN_VERB_FIRST[text.charCodeAt(j - 1)] === 1)) return true;
    if (text.startsWith('书记', j) || text.startsWith('主任', j)) return true;
  }
  return false;
}

/** After 办 right behind a name, these make it a verb (县委办好实事, 县财政局办理): anything else, the office (县委办). */
const BAN_AS_VERB_NEXT = codeTable('好理成实事结妥');

/**
 * Whether a longer name goes on at `end` (县委 + 常委会, 县委 + 办公室, 县委 + 办 for its office):
 * the name before it is only that longer name's qualifier.
 */
export function startsLongerName(text: string, end: number): boolean {
  if (text.charCodeAt(end) === BAN && isCjkCode(text.charCodeAt(end - 1)) && BAN_AS_VERB_NEXT[text.charCodeAt(end + 1)] === 0) return true;
  return startsWithAny(text, end, LONGER_NAME_SUFFIXES);
}

/** A name may start here: not glued to the end of another word (组织 inside 群团组织 is not 组织部). */
const CONNECTOR_LAST = codeTable([...LEFT_CONNECTORS, ...SCOPE_PREFIXES].map((w) => w[w.length - 1]).join(''));

/** 一要 / 十二要 opening a clause right before `at` (a series member: 二要县科协牵头…). */
function yaoMarkerBefore(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== YAO) return false;
  let k = at - 1;
  while (k > 0 && at - 1 - k < 2 && isNumeralAt(text, k - 1)) k--;
  return k < at - 1 && (k === 0 || MARKER_OPEN[text.charCodeAt(k - 1)] === 1);
}

function leftBoundaryOk(text: string, start: number, end: number): boolean {
  if (start === 0) return true;
  if (!isCjkCode(text.charCodeAt(start - 1))) return true;
  // after 要 a short alias is a verb (要组织, 要宣传); after a series marker's 要 a prefixed or
  // longer name is the member's actor (二要县科协牵头…, 一要团县委配合…)
  if ((PREFIX_CODES[text.charCodeAt(start)] === 1 || end - start >= 3) && yaoMarkerBefore(text, start)) return true;
  if (CONNECTOR_LAST[text.charCodeAt(start - 1)] === 0) return false;
  return endsWithAny(text, start, LEFT_CONNECTORS) || endsWithAny(text, start, SCOPE_PREFIXES);
}

const PREFIX_CODES = codeTable([...ADMIN_PREFIXES].join(''));
const TITLE_FIRST = codeTable(PERSON_TITLES.map((w) => w[0]).join(''));

/** Length of a post right after a name (水利局 + 局长), or 0. */
function personTitleAt(text: string, at: number): number {
  if (TITLE_FIRST[text.charCodeAt(at)] === 0) return 0;
  for (const w of PERSON_TITLES) if (text.startsWith(w, at)) return w.length;
  return 0;
}

/**
 * Length of what stands for the body after its name: a post, with the 的 before it (水利局局长,
 * 各部门的主要负责同志), or an organ (各乡镇党委、政府) that no longer name goes on from; else 0.
 */
function postAfter(text: string, at: number): number {
  const post = personTitleAt(text, at);
  if (post > 0) return post;
  if (text.charCodeAt(at) === DE) {
    const after = personTitleAt(text, at + 1);
    return after > 0 ? after + 1 : 0;
  }
  if (ORGAN_FIRST[text.charCodeAt(at)] === 0) return 0;
  const organ = BODY_ORGANS.find((w) => text.startsWith(w, at));
  return organ && !startsLongerName(text, at + organ.length) && !continuesIntoName(text, at + organ.length) ? organ.length : 0;
}
const DE = 0x7684; // 的
const ORGAN_FIRST = codeTable(BODY_ORGANS.map((w) => w[0]).join(''));

function matchAt(text: string, i: number, registry: OrgRegistry): { end: number; value: TrieValue; start: number } | null {
  const prefixed = PREFIX_CODES[text.charCodeAt(i)] === 1;
  if (!prefixed && !registry.startsWord(text.charCodeAt(i))) return null;
  const direct = registry.longestAt(text, i);
  let best = direct ? { start: i, end: direct.end, value: direct.value } : null;
  if (prefixed) {
    const prefixed = registry.longestAt(text, i + 1);
    if (prefixed && prefixed.value.kind === 'org' && (!best || prefixed.end > best.end)) {
      best = { start: i, end: prefixed.end, value: prefixed.value };
    }
  }
  return best;
}

/** Whether a registry name with its own administrative prefix starts at `at` (县政府, 县水利局). */
function prefixedNameAt(text: string, at: number, registry: OrgRegistry): boolean {
  if (PREFIX_CODES[text.charCodeAt(at)] !== 1) return false;
  return registry.longestAt(text, at + 1)?.value.kind === 'org' || registry.longestAt(text, at)?.value.kind === 'org';
}

/**
 * Every organization, collective and self mention, scanning left to right with the longest match.
 * A qualifier glued to a following name (区委 + 组织部) yields the following name.
 */
export function findOrgMentions(text: string, registry: OrgRegistry): OrgMention[] {
  const mentions: OrgMention[] = [];
  const starts = registry.firstCodes;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // most characters neither start a word nor are an administrative prefix: no call for them
    if (c < 0x3400 || (starts[c] === 0 && PREFIX_CODES[c] === 0)) {
      i++;
      continue;
    }
    const m = matchAt(text, i, registry);
    if (!m) {
      i++;
      continue;
    }
    let { end, value } = m;
    // a name followed by another registry name is its qualifier (市委组织部 is 组织部)
    for (let guard = 0; guard < 3; guard++) {
      // a name with a prefix of its own is a second body beside it (县委县政府), not one it qualifies
      if (prefixedNameAt(text, end, registry)) break;
      const follow = registry.longestAt(text, end);
      if (!follow || follow.value.kind !== 'org' || value.kind !== 'org') break;
      end = follow.end;
      value = follow.value;
    }
    const selfWord = value.kind === 'self';
    // 自我局限 is no bureau speaking of itself
    // a prefixed name right after another (县委县政府) starts a body of its own
    const beside = PREFIX_CODES[text.charCodeAt(m.start)] === 1 && mentions.length > 0 && (mentions[mentions.length - 1] as OrgMention).end === m.start;
    const glued = selfWord ? text.charCodeAt(m.start - 1) === 0x81ea : !beside && !leftBoundaryOk(text, m.start, end);
    // the head of a body stands for it: the post joins the mention (水利局局长要… → 水利局 acts), also
    // after 的 and after a collective (各部门的主要负责同志要… → 各部门 act)
    const post = value.kind === 'org' || value.kind === 'collective' ? postAfter(text, end) : 0;
    const longer = post === 0 && value.kind === 'org' && (startsLongerName(text, end) || continuesIntoName(text, end)) && !prefixedNameAt(text, end, registry);
    end += post;
    if (glued || longer) {
      i = m.start + 1;
      continue;
    }
    // a literal, not a spread: every mention then shares one hidden class
    mentions.push({ kind: value.kind, org: value.org, orgKind: value.orgKind, collective: value.collective, start: m.start, end });
    i = end;
  }
  return mentions;
}

/** Index of the first mention starting at or after `pos` (mentions are sorted by start). */
export function firstMentionFrom(mentions: readonly OrgMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as OrgMention).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function mentionsIn(mentions: readonly OrgMention[], start: number, end: number): OrgMention[] {
  return collect(mentions, firstMentionFrom(mentions, start), end);
}

function collect(mentions: readonly OrgMention[], from: number, end: number): OrgMention[] {
  const out: OrgMention[] = [];
  for (let k = from; k < mentions.length; k++) {
    const m = mentions[k] as OrgMention;
    if (m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}

/**
 * The mentions of one text with, for every offset, the index of the first mention starting there
 * or later: the builders ask for the mentions of every sentence, so a lookup must not search.
 */
export class MentionIndex {
  private readonly firstFrom: Int32Array;

  constructor(
    readonly all: readonly OrgMention[],
    textLength: number,
  ) {
    this.firstFrom = new Int32Array(textLength + 1);
    // offsets in (previous start, start of mention k] map to k; after the last, to all.length
    let from = 0;
    for (let k = 0; k < all.length; k++) {
      const s = Math.min((all[k] as OrgMention).start, textLength);
      if (s >= from) this.firstFrom.fill(k, from, s + 1);
      from = Math.max(from, s + 1);
    }
    this.firstFrom.fill(all.length, from);
  }

  /** The mention that starts exactly at `pos`, if any (no array is built). */
  at(pos: number): OrgMention | undefined {
    if (pos < 0 || pos >= this.firstFrom.length) return undefined;
    const m = this.all[this.firstFrom[pos] as number];
    return m && m.start === pos ? m : undefined;
  }

  /** Mentions that lie wholly inside [start, end). */
  in(start: number, end: number): OrgMention[] {
    const from = start <= 0 ? 0 : start >= this.firstFrom.length ? this.all.length : (this.firstFrom[start] as number);
    return collect(this.all, from, end);
  }
}
