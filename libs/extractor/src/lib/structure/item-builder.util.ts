import { findCadence } from '../cadence/cadence.util';
import { deadlineOpening, findDeadlines, type DeadlineContext } from '../deadlines/deadline.util';
import { codeTable, hasCode } from '../text/char.util';
import { EXAMPLE_OPENERS } from '../organizations/collective.constant';
import { CLAUSE_CLOSE, commandsActor, describesRole, findActorClauses, unknownLeadBefore, type ActorClause } from '../organizations/actor.util';
import type { MentionIndex, OrgMention } from '../organizations/org-mention.util';
import type { OrgRegistry } from '../organizations/org-registry.util';
import { buildInlineSeries } from '../outline/inline-series.util';
import type { InlineSeries } from '../outline/outline.type';
import type { InlineMember, OutlineNode } from '../outline/outline.type';
import { isCommitment, promiser, willAfter } from '../sentences/commitment.util';
import { isRhetoricalSentence } from '../sentences/rhetoric.util';
import { SHIFT_FIRST, SHIFT_WORDS } from '../sentences/cue.constant';
import { isRetrospective, ownDirectiveCue, splitSentences, type Sentence } from '../sentences/sentence.util';
import type { ItemKind } from '../types/extraction.type';
import { attributeLabelAt, opensTable } from './attribute-label.util';
import type { Draft, DraftSource } from './draft.type';
import { sortByStart } from './sort-by-start.util';
import { headingText, isTopicHeading, opensWithTaskVerb, taskTitle } from './task-title.util';

const IMPLICIT_MEMBER_MAX = 14;
const PAUSE_CODES = codeTable('，。；');
const TITLE_END = codeTable('。；！？\n');
const COLON = 0xff1a; // ：
const TOPIC_SUFFIXES = ['工作', '方面', '领域', '系统', '战线', '条线', '部门'];
/** Openers of a list of examples that hand parts of a point to other bodies. */
const EXAMPLE_FIRST = codeTable(EXAMPLE_OPENERS.map((w) => w[0]).join(''));

export interface BuildContext {
  text: string;
  mentions: readonly OrgMention[];
  mentionIndex: MentionIndex;
  registry: OrgRegistry;
  /** what titles read their leading deadline with */
  deadlines: DeadlineContext;
  drafts: Draft[];
}

function newDraft(kind: ItemKind, source: DraftSource, start: number, end: number, title: string, parent: Draft | null, ctx: BuildContext): Draft {
  const d: Draft = { kind, source, start, bodyStart: start, markerEnd: start, end, ownEnd: end, title, parent, children: [], topicOrgs: [], orgs: [], lead: null, explicitActor: false, headingTask: false, ownTask: false };
  if (parent) parent.children.push(d);
  else ctx.drafts.push(d);
  return d;
}

/** The task of text[start, end) as a short title (see taskTitle). */
function titleOf(ctx: BuildContext, start: number, end: number): string {
  return taskTitle(ctx.text, start, end, ctx.mentionIndex, ctx.deadlines);
}

/**
 * Title of a point: its heading as a task; a heading that only names a topic (制度建设。) takes the
 * action of the first directive sentence after it (制定出台《……实施办法》).
 */
function pointTitle(ctx: BuildContext, headStart: number, headEnd: number, bodyStart: number, bodyEnd: number): string {
  const head = titleOf(ctx, headStart, headEnd);
  if (!isTopicHeading(head)) return head;
  // a table line (牵头单位：A；) is who and when, not what
  const sentences = splitSentences(ctx.text, bodyStart, bodyEnd).filter((s) => !attributeLabelAt(ctx.text, s.start) && !opensTable(ctx.text, s.start));
  // the first directive sentence, else the first sentence (县人社局牵头、县总工会配合，启动……)
  const action = sentences.find((s) => ownDirectiveCue(ctx.text, s.start, s.end) >= 0) ?? sentences[0];
  return (action && titleOf(ctx, action.start, action.end)) || head;
}

/**
 * Whether a point's heading text[start, end) states a task (抓好培训, 切实做好帮扶): it opens with a
 * verb of the task and does not itself only exhort (要清醒看到差距 states none). An exhortation after
 * the task's own clause (抓好培训，要清醒看到差距) leaves that clause the heading's task.
 */
function headingStatesTask(ctx: BuildContext, start: number, end: number): boolean {
  if (!opensWithTaskVerb(titleOf(ctx, start, end))) return false;
  if (!isRhetoricalSentence(ctx.text, start, end)) return true;
  const comma = ctx.text.indexOf('，', start);
  return comma > start && comma < end && !isRhetoricalSentence(ctx.text, start, comma);
}

/**
 * Whether a sentence hands its work to a named body without a modal: A牵头，B配合，做好…;
 * 由A负责，…; A会同B做好…; 由A按程序拨付; A做好…. Such a sentence is a task as much as one with 要,
 * unless it describes past work (在A牵头下…, A牵头的…, A牵头举办了……取得了…).
 */
function assignsWork(ctx: BuildContext, start: number, end: number): boolean {
  const mentions = ctx.mentionIndex.in(start, end);
  if (mentions.length === 0) return false;
  const { text } = ctx;
  for (const c of findActorClauses(text, mentions, start)) {
    // a support beside a lead the registry does not know (由县侨联牵头，B配合) is given work too, and so
    // is a body 由 hands the action itself (同意安排500万元，由县财政局按程序拨付) or one told what to do (县妇联做好宣传)
    const handed = c.role === 'actor' && text.charCodeAt(c.clauseStart) === YOU;
    if (c.role !== 'lead' && !c.joint && !c.responsible && !(c.role === 'support' && unknownLeadBefore(text, c.clauseStart, start)) && !handed && !commandsActor(text, c)) continue;
    if (c.mentions.every((m) => m.kind === 'self') || describesRole(text, c.listEnd, true)) continue;
    return !isRetrospective(text, start, end);
  }
  return false;
}
const YOU = 0x7531; // 由

/** Words after which a sentence tells what is done already (6月底前，全县已完成…; 累计…), not what must be. */
const DONE_FIRST = codeTable('已累');

/**
 * Whether a sentence without a modal opens with a deadline that closes a term (春节前，确保……; 月底前全面完成……;
 * 10日内拿出……): the term sets the task. Not a date that reports (截至10月底，…), a date without a closing word
 * (2025年，…) or work already done (已, 累计).
 */
function opensWithTerm(ctx: BuildContext, start: number, end: number): boolean {
  const { text } = ctx;
  const e = deadlineOpening(text, start, end, ctx.deadlines);
  if (e < 0 || !closesTerm(text, e)) return false;
  for (let i = e; i < end; i++) if (DONE_FIRST[text.charCodeAt(i)] === 1 && (text.startsWith('已', i) || text.startsWith('累计', i))) return false;
  return !isRetrospective(text, start, end);
}

/** Whether the deadline phrase ending at `e` ends in a closing word (前, 之前, 以前, 内). */
function closesTerm(text: string, e: number): boolean {
  const c = text.charCodeAt(e - 1);
  return c === 0x524d || c === 0x5185; // 前, 内
}

/**
 * Whether a clause opens with another body that will do the work (县政府将继续实施十件民生实事; 同时，县财政局将…):
 * in the speaker's voice that body's task, as the party committee's 县委将… is the speaker's promise.
 * Not past work, and not a body in the middle of a clause (为县政府将来…, 经县政府将…).
 */
function bodyWillDo(ctx: BuildContext, start: number, end: number): boolean {
  const { text } = ctx;
  for (const m of ctx.mentionIndex.in(start, end)) {
    if (!namesOtherBody(m) || (m.start > start && CLAUSE_CLOSE[text.charCodeAt(m.start - 1)] !== 1)) continue;
    if (willAfter(text, m, end)) return !isRetrospective(text, start, end);
  }
  return false;
}

/** A sentence that is a task: a directive cue of the speaker's own, work handed to a body, a body's 将, or a term it sets. */
function isTaskSentence(ctx: BuildContext, start: number, end: number): boolean {
  return ownDirectiveCue(ctx.text, start, end) >= 0 || assignsWork(ctx, start, end) || bodyWillDo(ctx, start, end) || opensWithTerm(ctx, start, end);
}

/**
 * The sentences of text[start, end), each cut where the speaker's promise opens a clause after another
 * body's task (县政府将继续实施……，县委将……; 县财政局要……，我们将……): the task is a sentence of its own and
 * the promise the rest. A joint promise (县委、县政府将…) opens its clause, so it is not cut.
 */
function splitAtPromises(ctx: BuildContext, start: number, end: number): Sentence[] {
  const { text } = ctx;
  const out: Sentence[] = [];
  for (const s of splitSentences(text, start, end)) {
    const m = promiser(text, s.end, ctx.mentionIndex.in(s.start, s.end));
    let cut = m ? m.start : s.start;
    while (cut > s.start && CLAUSE_CLOSE[text.charCodeAt(cut - 1)] !== 1) cut--;
    if (cut > s.start && isTaskSentence(ctx, s.start, cut)) out.push({ start: s.start, end: cut }, { start: cut, end: s.end });
    else out.push(s);
  }
  return out;
}

/**
 * End of the speaker's promise in a sentence (我们将……, 县委将……), or -1 when the sentence makes
 * none. A later clause that hands a task to a registry body (县委将……，县妇联要……) is that body's
 * directive, not part of the promise; a body the promise works with, serves or that only supports
 * (县委将会同A…, 为A搭建…, B配合) stays in it.
 */
function promiseEnd(ctx: BuildContext, s: Sentence, mentions: readonly OrgMention[], afterPromise = false): number {
  if (!isCommitment(ctx.text, s.end, mentions) && !(afterPromise && continuesPromise(ctx.text, s))) return -1;
  for (const c of findActorClauses(ctx.text, mentions, s.start)) {
    if (c.role === 'support' || c.clauseStart <= s.start) continue;
    if (!c.mentions.some(namesOtherBody)) continue;
    if (isTaskSentence(ctx, c.clauseStart, s.end)) return c.clauseStart;
  }
  return s.end;
}

/** Connectors before a bare 将 that carries the promise before it on (同时，将联合A…; 此外还将…). */
const PROMISE_CONNECTORS = ['同时', '此外', '另外', '并且', '今后', '下一步', '接下来'];
const PROMISE_ADVERBS = codeTable('还也并');
const JIANG = 0x5c06; // 将
/** Characters after 将 that make it a word of its own (将来, 将近), not "will". */
const NOT_AFTER_JIANG = codeTable('来近');

/**
 * Whether a sentence without a subject opens with 将 (after a connector and 还/也/并: 同时，将联合县商务局…;
 * 此外还将…): right after a promise of the speaker's body, it carries that promise on.
 */
function continuesPromise(text: string, s: Sentence): boolean {
  let p = s.start;
  const connector = PROMISE_CONNECTORS.find((w) => text.startsWith(w, p));
  if (connector) p += connector.length;
  if (text.charCodeAt(p) === COMMA) p++;
  if (PROMISE_ADVERBS[text.charCodeAt(p)] === 1) p++;
  return text.charCodeAt(p) === JIANG && NOT_AFTER_JIANG[text.charCodeAt(p + 1)] !== 1 && p + 1 < s.end;
}
const COMMA = 0xff0c; // ，

/**
 * The promises of the speaker's body in text[start, end), sentence by sentence: each sentence's
 * promise end (promiseEnd), -1 for a sentence that makes none; a bare 将 after a promise carries it on.
 */
function promiseEnds(ctx: BuildContext, sentences: readonly Sentence[]): number[] {
  const ends: number[] = [];
  let after = false;
  for (const s of sentences) {
    const e = promiseEnd(ctx, s, ctx.mentionIndex.in(s.start, s.end), after);
    ends.push(e);
    after = e >= 0;
  }
  return ends;
}

function hasTask(ctx: BuildContext, start: number, end: number): boolean {
  const sentences = splitAtPromises(ctx, start, end);
  const promised = promiseEnds(ctx, sentences);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k] as Sentence;
    // all of it promised by the speaker's body (我局将会同A…): a commitment, not a task for anyone
    if (promised[k] === s.end) continue;
    if (isTaskSentence(ctx, s.start, s.end)) return true;
  }
  return false;
}

/** A series member that is a task (not praise or background: 一是…取得了…). */
function isTaskMember(ctx: BuildContext, m: InlineMember): boolean {
  // from the marker's end: 二是由A牵头 reads as 由A牵头
  return hasTask(ctx, m.marker.end, m.end);
}

/**
 * Whether text[start, end) names a body that must act (not only one that supports); an
 * exhortation (希望大家……) names nobody's task.
 */
function namesActor(ctx: BuildContext, start: number, end: number): boolean {
  if (ctx.mentionIndex.in(start, end).length === 0) return false;
  for (const s of splitSentences(ctx.text, start, end)) {
    const mentions = ctx.mentionIndex.in(s.start, s.end);
    if (mentions.length === 0 || isRhetoricalSentence(ctx.text, s.start, s.end)) continue;
    if (findActorClauses(ctx.text, mentions, s.start).some((c) => c.role !== 'support')) return true;
  }
  return false;
}

function resolveTopic(ctx: BuildContext, member: InlineMember): string[] {
  const { topicStart, topicEnd } = member.marker;
  if (topicStart === undefined || topicEnd === undefined) return [];
  const found = ctx.mentionIndex.in(topicStart, topicEnd).filter((m) => m.kind !== 'unknown');
  if (found.length > 0) return found.map((m) => m.org ?? `@${m.collective ?? 'all'}`);
  // 对卫健工作来说: the field names its organization by the stem of its name
  let topic = ctx.text.slice(topicStart, topicEnd);
  for (const suffix of TOPIC_SUFFIXES) if (topic.endsWith(suffix)) topic = topic.slice(0, -suffix.length);
  const org = ctx.registry.orgByStem(topic);
  return org ? [org] : [];
}

/** Members that are only a short 要… sentence each (要争创一流队伍。…要发扬创新精神。). */
function implicitMembers(ctx: BuildContext, start: number, end: number): Sentence[] {
  const heads = splitSentences(ctx.text, start, end).filter((s) => {
    const t = ctx.text;
    const len = s.end - s.start;
    return t[s.start] === '要' && t[s.end - 1] === '。' && len >= 4 && len <= IMPLICIT_MEMBER_MAX + 1;
  });
  return heads.length >= 2 ? heads : [];
}

function firstSentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (TITLE_END[text.charCodeAt(i)] === 1) return i;
  return limit;
}

function paragraphEnd(text: string, from: number, limit: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 || nl > limit ? limit : nl;
}

/** Full stops that close a series' last member (a ； or a comma leaves it open). */
const FULL_STOP = codeTable('。！？');
const SENTENCE_TRAILERS = codeTable('”’」』）"');

/** The body's name for a mention: a registry organization or a collective (各乡镇, 各单位). */
function actingKey(m: OrgMention): string | null {
  return m.kind === 'self' ? null : mentionKey(m);
}

/**
 * Where the last member of a series stops: a member whose first sentence hands a task to a body
 * ends before the first sentence after a full stop that hands a task to a body that does not act in
 * the member (一是……；二是县商务局要……提升。县妇联要……: 县妇联's sentence is a task of its own,
 * beside the series; so is one of a body that only supported the member). Sentences without an
 * actor of their own (要确保……) or of a body acting in the member carry the member on. A member whose first sentence names no body (三要做强服务阵地。县总工会要……)
 * takes the sentences after it as its passage; a series nested in the member is never cut.
 */
function lastMemberEnd(ctx: BuildContext, m: InlineMember, limit: number): number {
  const { text } = ctx;
  const sentences = splitSentences(text, m.marker.end, limit);
  const first = sentences[0];
  if (!first || sentences.length < 2 || !isTaskSentence(ctx, first.start, first.end) || !namesActor(ctx, first.start, first.end)) return limit;
  const nested = m.series[m.series.length - 1]?.members;
  const scanFrom = nested ? (nested[nested.length - 1] as InlineMember).start : first.end;
  // the bodies that act in the member so far (a body that only supports it may take a task of its own)
  const acting = new Set<string>();
  let prev = first;
  for (const s of sentences) {
    const mentions = ctx.mentionIndex.in(s.start, s.end);
    const clauses = mentions.length > 0 ? findActorClauses(text, mentions, s.start) : [];
    if (s !== first && s.start >= scanFrom && closesWithFullStop(text, prev) && isTaskSentence(ctx, s.start, s.end) && !isCommitment(text, s.end, mentions)) {
      for (const c of clauses) {
        if (c.role === 'support') continue;
        for (const x of c.mentions) {
          const key = actingKey(x);
          if (key && !acting.has(key)) return s.start;
        }
      }
    }
    for (const c of clauses) {
      if (c.role === 'support') continue;
      for (const x of c.mentions) {
        const key = actingKey(x);
        if (key) acting.add(key);
      }
    }
    prev = s;
  }
  return limit;
}

function closesWithFullStop(text: string, s: Sentence): boolean {
  let k = s.end - 1;
  while (k > s.start && SENTENCE_TRAILERS[text.charCodeAt(k)] === 1) k--;
  return FULL_STOP[text.charCodeAt(k)] === 1;
}

/** The inline series of text[start, end), each last member ending where lastMemberEnd says. */
function seriesIn(ctx: BuildContext, start: number, end: number): InlineSeries[] {
  return buildInlineSeries(ctx.text, start, end, (m, limit) => lastMemberEnd(ctx, m, limit));
}

/** Section body or a free region: enumerations become directives, the rest is grouped by sentence. */
export function processPassage(ctx: BuildContext, start: number, end: number, parent: Draft | null, series = seriesIn(ctx, start, end)): void {
  let cursor = start;
  if (series.length > 0) {
    for (const s of series) {
      const first = s.members[0] as InlineMember;
      processFree(ctx, cursor, first.start, parent);
      for (const m of s.members) processMember(ctx, m, parent);
      cursor = (s.members[s.members.length - 1] as InlineMember).end;
    }
  } else {
    const heads = implicitMembers(ctx, start, end);
    if (heads.length > 0) {
      processFree(ctx, start, (heads[0] as Sentence).start, parent);
      for (let k = 0; k < heads.length; k++) {
        const h = heads[k] as Sentence;
        const next = heads[k + 1];
        const memberEnd = next ? next.start : paragraphEnd(ctx.text, h.start, end);
        const d = newDraft('directive', 'member', h.start, memberEnd, titleOf(ctx, h.start, h.end), parent, ctx);
        d.bodyStart = h.end;
        processUnitBody(ctx, h.end, memberEnd, d);
        cursor = memberEnd;
      }
    }
  }
  processFree(ctx, cursor, end, parent);
}

function processMember(ctx: BuildContext, m: InlineMember, parent: Draft | null): void {
  if (!isTaskMember(ctx, m)) {
    // praise or background enumerations (一是…取得了…) are not tasks, but may hold a promise
    processFree(ctx, m.start, m.end, parent);
    return;
  }
  const headEnd = firstSentenceEnd(ctx.text, m.marker.end, m.end);
  const d = newDraft('directive', 'member', m.start, m.end, pointTitle(ctx, m.marker.end, headEnd, headEnd, m.end), parent, ctx);
  d.topicOrgs = resolveTopic(ctx, m);
  d.bodyStart = m.marker.end;
  d.markerEnd = m.marker.end;
  d.headingTask = headingStatesTask(ctx, m.marker.end, headEnd);
  processUnitBody(ctx, m.marker.end, m.end, d);
  d.ownTask = ownTaskBeforeChildren(ctx, d, headEnd);
}

/**
 * Whether text from `from` (past the heading) to the draft's first child holds a task sentence that
 * no body is named in and that does not only exhort (明年全县要新开工项目30个。): the point's own work.
 */
function ownTaskBeforeChildren(ctx: BuildContext, d: Draft, from: number): boolean {
  let end = d.end;
  for (const c of d.children) end = Math.min(end, c.start);
  for (const s of splitSentences(ctx.text, from, end)) {
    // a whole sentence: the clause that opens the first child's (要办好实事，比如A要…) introduces it
    if (!closesWithFullStop(ctx.text, s) || ctx.mentionIndex.in(s.start, s.end).length > 0 || isRhetoricalSentence(ctx.text, s.start, s.end)) continue;
    if (isTaskSentence(ctx, s.start, s.end)) return true;
  }
  return false;
}

/** An outline node: top-level headings and headings with sub-headings are sections. */
export function processNode(ctx: BuildContext, node: OutlineNode, parent: Draft | null, asSection: boolean): void {
  const h = node.heading;
  const title = headingText(ctx.text.slice(h.markerEnd, h.titleEnd).trim());
  if (asSection || node.children.length > 0) {
    const section = newDraft('section', 'section', h.start, node.end, title, parent, ctx);
    const bodyEnd = node.children.length > 0 ? (node.children[0] as OutlineNode).heading.start : node.end;
    // a heading sentence that gives a body its work (首先，县财政局牵头，……) is also the section's first task
    const from = namesActor(ctx, h.markerEnd, h.titleEnd) ? h.markerEnd : h.bodyStart;
    processPassage(ctx, from, bodyEnd, section);
    for (const child of node.children) processNode(ctx, child, section, false);
    return;
  }
  // a heading whose passage is split into series members that are tasks, and that names no actor of
  // its own, is their heading: a section with the members as its children, not one more task
  const series = seriesIn(ctx, h.bodyStart, node.end);
  const first = series[0]?.members[0];
  if (first && !namesActor(ctx, h.markerEnd, first.start) && series.some((s) => s.members.some((m) => isTaskMember(ctx, m)))) {
    const section = newDraft('section', 'section', h.start, node.end, title, parent, ctx);
    processPassage(ctx, h.bodyStart, node.end, section, series);
    return;
  }
  const headingTask = headingStatesTask(ctx, h.markerEnd, h.titleEnd);
  if (reportsOnly(ctx, h.markerEnd, h.titleEnd, node.end, headingTask)) {
    // a point of review or of the problems seen ((一)办学条件明显改善。……做了大量工作。) is no task
    const section = newDraft('section', 'section', h.start, node.end, title, parent, ctx);
    // from the heading on: a heading that is a promise ((三)下一步，县委将……。) is that commitment
    processFree(ctx, h.markerEnd, node.end, section);
    return;
  }
  const d = newDraft('directive', 'heading', h.start, node.end, pointTitle(ctx, h.markerEnd, h.titleEnd, h.bodyStart, node.end), parent, ctx);
  d.headingTask = headingTask;
  // a topic heading (校园安全) borrows its title from its passage: a section keeps the heading
  if (isTopicHeading(titleOf(ctx, h.markerEnd, h.titleEnd))) d.headingTitle = title;
  d.markerEnd = h.markerEnd;
  // a heading sentence that itself hands parts to several bodies ((一)A要……，B要……) or that is the
  // speaker's promise ((一)县委将……) is split like its body
  const heading: Sentence = { start: h.markerEnd, end: h.titleEnd };
  const split = handsOutSeveral(ctx, h.markerEnd, h.titleEnd) || promiseEnd(ctx, heading, ctx.mentionIndex.in(h.markerEnd, h.titleEnd)) >= 0;
  const from = split ? h.markerEnd : h.bodyStart;
  d.bodyStart = from;
  if (from === h.bodyStart) processUnitBody(ctx, from, node.end, d, series);
  else processUnitBody(ctx, from, node.end, d);
  d.ownTask = ownTaskBeforeChildren(ctx, d, h.bodyStart);
}

/**
 * Whether a point only reports: no sentence of it is a task, its heading states none (or tells past
 * work itself: 坚持高位推动，取得了……), and it tells past work (……取得了……, ……做了大量工作) or sets no
 * term a task would (a deadline or a cadence: (二)安全专项整治。9月底前完成排查。 is a task without a modal).
 */
function reportsOnly(ctx: BuildContext, start: number, headingEnd: number, end: number, headingTask: boolean): boolean {
  if (hasTask(ctx, start, end) || (headingTask && !isRetrospective(ctx.text, start, headingEnd))) return false;
  return isRetrospective(ctx.text, start, end) || (findDeadlines(ctx.text, start, end, ctx.deadlines).length === 0 && findCadence(ctx.text, start, end) === null);
}

function handsOutSeveral(ctx: BuildContext, start: number, end: number): boolean {
  const orgs = new Set<string>();
  for (const c of findActorClauses(ctx.text, ctx.mentionIndex.in(start, end), start)) {
    if (c.role === 'support') continue;
    orgs.add(actorKey(c));
  }
  return orgs.size >= 2;
}

/** The passage of one directive (a point or an enumeration member). */
function processUnitBody(ctx: BuildContext, start: number, end: number, d: Draft, series = seriesIn(ctx, start, end)): void {
  if (series.length === 0) {
    splitUnitText(ctx, start, end, d);
    return;
  }
  let cursor = start;
  for (const s of series) {
    const first = s.members[0] as InlineMember;
    splitUnitText(ctx, cursor, first.start, d);
    for (const m of s.members) processMember(ctx, m, d);
    cursor = (s.members[s.members.length - 1] as InlineMember).end;
  }
  processFree(ctx, cursor, end, d);
}

interface Cut {
  start: number;
  kind: 'org' | 'shift' | 'commitment';
  end?: number;
}

function mentionKey(m: OrgMention): string {
  if (m.kind === 'unknown') return `?${m.name}`;
  return m.org ?? `@${m.collective}`;
}

/** A body: a registry organization, or a name the registry does not know (not 各单位 or 我们). */
function namesBody(m: OrgMention): boolean {
  return m.kind === 'org' || m.kind === 'unknown';
}

/** A body other than the speaker's own (the party committee). */
function namesOtherBody(m: OrgMention): boolean {
  return namesBody(m) && m.orgKind !== 'party_committee';
}

function actorKey(clause: ActorClause): string {
  // most lists name one body: no array and no join for them
  return clause.mentions.length === 1 ? mentionKey(clause.mentions[0] as OrgMention) : clause.mentions.map(mentionKey).join('|');
}

/** The actors of a part, clause by clause (A|B+C). */
function actorsKey(clauses: readonly ActorClause[]): string {
  return clauses.length === 1 ? actorKey(clauses[0] as ActorClause) : clauses.map(actorKey).join('+');
}

/** Whether `pos` lies inside one of the (sorted) commitment cuts. */
function inCommitment(promised: readonly Cut[], pos: number): boolean {
  let lo = 0;
  let hi = promised.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((promised[mid] as Cut).start <= pos) lo = mid + 1;
    else hi = mid;
  }
  const c = promised[lo - 1];
  return c !== undefined && pos < (c.end ?? c.start);
}

/**
 * Own text of a directive. Promises of the speaker's body become commitment children; clauses that
 * hand parts of the point to two or more different organizations become one child per organization;
 * a 下一步要… after a description of the present becomes a child.
 */
function splitUnitText(ctx: BuildContext, start: number, end: number, d: Draft): void {
  if (end <= start) return;
  const { text } = ctx;
  const cuts: Cut[] = [];
  const sentences = splitAtPromises(ctx, start, end);
  const ends = promiseEnds(ctx, sentences);
  for (let k = 0; k < sentences.length; k++) {
    const promised = ends[k] as number;
    if (promised >= 0) cuts.push({ start: (sentences[k] as Sentence).start, end: promised, kind: 'commitment' });
  }
  const promised = cuts.slice();
  const clauses = findActorClauses(text, ctx.mentionIndex.in(start, end), start).filter((c) => c.role !== 'support' && !inCommitment(promised, c.clauseStart));
  // after 比如 the examples are the children; the clauses before it are the point's own
  const example = findExampleOpener(text, start, end);
  const own = new Set<string>(d.topicOrgs);
  if (example >= 0) for (const c of clauses) if (c.clauseStart < example) for (const m of c.mentions) if (namesBody(m)) own.add(mentionKey(m));
  const handed = example >= 0 ? clauses.filter((c) => c.clauseStart >= example) : clauses;
  const specific = new Set<string>();
  // a list sharing one verb (A、B要……) is one part, not one per organization
  const parts = new Set<string>();
  for (const c of handed) {
    for (const m of c.mentions) if (namesBody(m) && !own.has(mentionKey(m))) specific.add(mentionKey(m));
    if (example < 0 && parts.size < 2) parts.add(actorKey(c));
  }
  if (example >= 0 ? specific.size >= 1 : specific.size >= 2 && parts.size >= 2) {
    let last = '';
    for (const c of handed) {
      const key = actorKey(c);
      if (!c.mentions.some(namesBody)) continue;
      if (key !== last) cuts.push({ start: c.clauseStart, kind: 'org' });
      last = key;
    }
  }
  for (let i = start + 8; i < end; i++) {
    if (SHIFT_FIRST[text.charCodeAt(i)] === 0 || PAUSE_CODES[text.charCodeAt(i - 1)] === 0) continue;
    const w = SHIFT_WORDS.find((x) => text.startsWith(x, i));
    if (!w) continue;
    const after = text.slice(i + w.length, i + w.length + 3);
    // a next step inside a promise (县委将……，下一步要……) is part of the promise
    if ((after.startsWith('要') || after.startsWith('，要') || after.startsWith('还要')) && !inCommitment(promised, i)) cuts.push({ start: i, kind: 'shift' });
  }
  sortByStart(cuts);
  for (let k = 0; k < cuts.length; k++) {
    const c = cuts[k] as Cut;
    const prevCut = cuts[k - 1];
    if (prevCut && prevCut.start === c.start) continue;
    let n = k + 1;
    while (n < cuts.length && (cuts[n] as Cut).start === c.start) n++;
    const next = cuts[n];
    const limit = next ? next.start : end;
    // no other cut starts inside a promise (its clauses and next steps were left out above)
    const cutEnd = c.kind === 'commitment' ? (c.end as number) : limit;
    if (c.kind === 'commitment') {
      newDraft('commitment', 'commitment', c.start, cutEnd, titleOf(ctx, c.start, cutEnd), d, ctx);
      // the point's own text ended at its first child: a body's task after the promise (县委将……。
      // 县妇联要……) would belong to no item, so it is a child of its own
      if (cutEnd < limit && namesActor(ctx, cutEnd, limit)) processFree(ctx, cutEnd, limit, d);
    } else {
      const kind: DraftSource = c.kind === 'org' ? 'org-child' : 'shift-child';
      newDraft('directive', kind, c.start, cutEnd, titleOf(ctx, c.start, cutEnd), d, ctx);
    }
  }
}

function findExampleOpener(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    if (EXAMPLE_FIRST[text.charCodeAt(i)] === 0) continue;
    if (i > start && PAUSE_CODES[text.charCodeAt(i - 1)] === 0 && text.charCodeAt(i - 1) !== COLON) continue;
    for (const w of EXAMPLE_OPENERS) if (text.startsWith(w, i) && i + w.length < end) return i;
  }
  return -1;
}

/**
 * A sentence cut where another organization takes over (A要……，B要……): each part is handed to
 * its own actor. A list sharing one verb (A、B、C要……) is one clause and stays whole.
 */
function actorParts(ctx: BuildContext, sentence: Sentence, mentions: readonly OrgMention[]): Sentence[] {
  const clauses = findActorClauses(ctx.text, mentions, sentence.start).filter((c) => c.role !== 'support' && c.mentions.some(namesBody));
  if (clauses.length < 2) return [sentence];
  const parts: Sentence[] = [];
  let from = sentence.start;
  let last = actorKey(clauses[0] as ActorClause);
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k] as ActorClause;
    const key = actorKey(c);
    if (key === last || c.clauseStart <= from) continue;
    parts.push({ start: from, end: c.clauseStart });
    from = c.clauseStart;
    last = key;
  }
  parts.push({ start: from, end: sentence.end });
  return parts;
}

interface Group {
  start: number;
  end: number;
  key: string;
}

/**
 * Whether a sentence that is no task names work without a body (改造老旧小区30个，6月底前完成首批开工。;
 * 开展河湖专项行动。): it opens with a verb of the task or sets a term, and neither exhorts nor tells
 * past work. A sentence right after it that only hands out work (县住建局负责。 A牵头，B配合，每月报送一次)
 * gives it its body: the two are one task.
 */
function statesWorkWithoutBody(ctx: BuildContext, s: Sentence): boolean {
  const { text } = ctx;
  if (ctx.mentionIndex.in(s.start, s.end).length > 0 || isRhetoricalSentence(text, s.start, s.end) || isRetrospective(text, s.start, s.end)) return false;
  return opensWithTaskVerb(titleOf(ctx, s.start, s.end)) || findDeadlines(text, s.start, s.end, ctx.deadlines).length > 0 || findCadence(text, s.start, s.end) !== null;
}

/** Turns a finished group of sentences into one directive; returns the empty group. */
function flushGroup(ctx: BuildContext, group: Group | null, parent: Draft | null): null {
  if (group) newDraft('directive', 'free', group.start, group.end, titleOf(ctx, group.start, group.end), parent, ctx);
  return null;
}

/**
 * Free text (openings, closings, section passages without points): the speaker's promises become
 * commitments, consecutive directive sentences of one actor become one directive.
 */
export function processFree(ctx: BuildContext, start: number, end: number, parent: Draft | null): void {
  if (end <= start) return;
  const { text } = ctx;
  let group: Group | null = null;
  // where the paragraph of the last plain sentence starts: the task a table line after it describes
  let paragraph = -1;
  let previousEnd = start;
  let afterPromise = false;
  // the sentence before, when it states work that no body is named for (statesWorkWithoutBody)
  let bodiless: Sentence | null = null;
  for (const whole of splitAtPromises(ctx, start, end)) {
    const before: Sentence | null = bodiless && !hasCode(text, bodiless.end, whole.start, 10) ? bodiless : null;
    bodiless = null;
    let sentence = whole;
    // a sentence ending in a colon introduces what follows (要抓好两件事：…, 我局将重点抓好以下工作：)
    if (text[sentence.end - 1] === '：') continue;
    let mentions = ctx.mentionIndex.in(sentence.start, sentence.end);
    const promised = promiseEnd(ctx, sentence, mentions, afterPromise);
    afterPromise = promised >= 0;
    if (promised >= 0) {
      group = flushGroup(ctx, group, parent);
      newDraft('commitment', 'commitment', sentence.start, promised, titleOf(ctx, sentence.start, promised), parent, ctx);
      if (promised === sentence.end) continue;
      // the rest of the sentence hands tasks to other bodies
      sentence = { start: promised, end: sentence.end };
      mentions = ctx.mentionIndex.in(sentence.start, sentence.end);
    }
    // a task's table line (责任单位：A；配合单位：B / 完成时限：… / 【责任单位：A】) belongs to the task
    // above it, also when only the table names who does it (年内新建停车场3处。\n责任单位：A)
    if (attributeLabelAt(text, sentence.start) || opensTable(text, sentence.start)) {
      if (group) group.end = sentence.end;
      else if (paragraph >= 0) group = { start: paragraph, end: sentence.end, key: '' };
      continue;
    }
    // from the last sentence's end only: a paragraph of many sentences is not read again for each
    if (paragraph < 0 || hasCode(text, previousEnd, sentence.start, 10)) paragraph = sentence.start;
    previousEnd = sentence.end;
    let tasked = false;
    for (const s of actorParts(ctx, sentence, mentions)) {
      const g = group as Group | null;
      if (g && hasCode(text, g.end, s.start, 10)) group = flushGroup(ctx, group, parent);
      if (!isTaskSentence(ctx, s.start, s.end)) continue;
      tasked = true;
      const clauses = findActorClauses(text, ctx.mentionIndex.in(s.start, s.end), s.start).filter((c) => c.role !== 'support');
      const key = actorsKey(clauses);
      const current = group as Group | null;
      if (current && key && current.key && key !== current.key) group = flushGroup(ctx, group, parent);
      const open = group as Group | null;
      if (open) {
        open.end = s.end;
        if (!open.key) open.key = key;
      } else {
        // a sentence that only hands out work (县住建局负责。) is the body of the work stated before it
        const from = before && s.start === sentence.start && ownDirectiveCue(text, s.start, s.end) < 0 && assignsWork(ctx, s.start, s.end) ? before.start : s.start;
        group = { start: from, end: s.end, key };
      }
    }
    if (!tasked && statesWorkWithoutBody(ctx, sentence)) bodiless = sentence;
  }
  group = flushGroup(ctx, group, parent);
}
