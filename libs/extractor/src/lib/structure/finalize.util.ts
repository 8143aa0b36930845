import { findCadence } from '../cadence/cadence.util';
import type { Ymd } from '../deadlines/calendar.util';
import { lastDeadline, type CalendarSource } from '../deadlines/deadline.util';
import { findActorClauses, type ActorClause } from '../organizations/actor.util';
import type { MentionIndex, OrgMention } from '../organizations/org-mention.util';
import type { OrgRegistry } from '../organizations/org-registry.util';
import { isRhetoric, isRhetoricalSentence } from '../sentences/rhetoric.util';
import { codeTable } from '../text/char.util';
import { originalSpan, type NormalizedText } from '../text/normalize-text.util';
import type { ExtractedItem } from '../types/extraction.type';
import type { Draft, DraftSource } from './draft.type';
import { sortByStart } from './sort-by-start.util';

export interface FinalizeContext {
  norm: NormalizedText;
  mentions: readonly OrgMention[];
  mentionIndex: MentionIndex;
  registry: OrgRegistry;
  audience: readonly string[];
  /** the body the opening says the speaker speaks for (我代表A…), else null: the party committee */
  speakerBody: string | null;
  ref: Ymd | null;
  calendar: CalendarSource;
}

/**
 * Confidence below which a draft is left out instead of being offered for review. Only rhetoric
 * (RHETORIC_PENALTY) goes below it: every other item keeps at least 0.4.
 */
export const MIN_CONFIDENCE = 0.35;
const RHETORIC_PENALTY = 0.6;

const BASE_CONFIDENCE: Record<DraftSource, number> = {
  section: 0.95,
  heading: 0.85,
  member: 0.8,
  'org-child': 0.8,
  'shift-child': 0.7,
  free: 0.6,
  commitment: 0.75,
};

// \s is the same set with or without the u flag (all of it in the BMP); without it the scan is faster
const BLANK = /\s/;
const BLANKS = /\s+/g;

/** The span's text with white space and line breaks removed (most spans have none: no copy then). */
function withoutBlanks(raw: string): string {
  // one native scan instead of a loop over a sliced string
  return BLANK.test(raw) ? raw.replace(BLANKS, '') : raw;
}

/** \n, space and ，: what an item's span never starts or ends with. */
function isTrim(code: number): boolean {
  return code === 10 || code === 32 || code === 0xff0c;
}

function addOnce(ordered: string[], org: string): void {
  if (!ordered.includes(org)) ordered.push(org);
}

/** Adds what a reference stands for: an organization, or the audience (@all) or its mass organizations (@mass). */
function addExpanded(ordered: string[], ref: string, ctx: FinalizeContext): void {
  if (!ref.startsWith('@')) return addOnce(ordered, ref);
  if (ref === '@mass') {
    let any = false;
    for (const o of ctx.audience) {
      if (ctx.registry.kinds.get(o) !== 'mass_org') continue;
      any = true;
      addOnce(ordered, o);
    }
    if (!any) for (const o of ctx.registry.massOrgs()) addOnce(ordered, o);
    return;
  }
  for (const o of ctx.audience) addOnce(ordered, o);
}

function refOf(m: OrgMention): string | null {
  if (m.kind === 'org') return m.org;
  if (m.kind === 'collective') return `@${m.collective}`;
  return null;
}

const SENTENCE_STOPS = codeTable('，。；！？\n');

/** Whether the clause of `c` is a whole sentence that only exhorts its subject (大家一定要有紧迫感。). */
function exhortsOnly(text: string, c: ActorClause, limit: number): boolean {
  let e = c.listEnd;
  while (e < limit && SENTENCE_STOPS[text.charCodeAt(e)] !== 1) e++;
  return text.charCodeAt(e) !== 0xff0c && isRhetoricalSentence(text, c.clauseStart, e);
}

/**
 * The clauses that name who does the item's work: a subject urged in a sentence of its own
 * (二要做好宣传，大家一定要有紧迫感) is not given the task beside it, unless the item only exhorts.
 */
function actingClauses(text: string, d: Draft, clauses: ActorClause[]): ActorClause[] {
  if (!clauses.some((c) => exhortsOnly(text, c, d.ownEnd)) || isRhetoric(text, d.start, d.ownEnd)) return clauses;
  return clauses.filter((c) => !exhortsOnly(text, c, d.ownEnd));
}

/**
 * A point whose items all start right after its marker ((一)县委将……，县妇联要……): its own text is
 * the marker alone, so it is their heading, not a task.
 */
function holdsOnlyMarker(d: Draft): boolean {
  return d.children.length > 0 && d.ownEnd <= d.markerEnd;
}

/**
 * Whether the item's own text sets a term of its own, a deadline or a cadence (另一方面，要抓好……，今年底前完成……。
 * 同时，A要……，B要……): it is a task for its own actors, not only the heading of what it hands out.
 */
function statesOwnTerms(d: Draft, ctx: FinalizeContext): boolean {
  const text = ctx.norm.text;
  return lastDeadline(text, d.start, d.ownEnd, ctx.ref, ctx.calendar) !== null || findCadence(text, d.start, d.ownEnd) !== null;
}

/** Lead first, then the other actors, then supporting organizations. */
function resolveOrgs(d: Draft, ctx: FinalizeContext): void {
  if (d.kind === 'section') return;
  if (d.kind === 'commitment') {
    const speaker = ctx.speakerBody ?? ctx.registry.partyCommittee;
    d.orgs = speaker ? [speaker] : [];
    d.explicitActor = true;
    return;
  }
  const text = ctx.norm.text;
  const clauses = actingClauses(text, d, findActorClauses(text, ctx.mentionIndex.in(d.start, d.ownEnd), Math.min(d.bodyStart, d.ownEnd)));
  const leads: string[] = [];
  const actors: string[] = [...d.topicOrgs];
  const supports: string[] = [];
  let hasSupport = false;
  // a lead or an actor the registry does not know (县侨联牵头，…): it names no organization, but it is named
  let leadNamed = false;
  let unknownActs = false;
  for (const c of clauses) if (c.role === 'support') hasSupport = true;
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k] as ActorClause;
    const refs: string[] = [];
    for (const m of c.mentions) {
      const r = refOf(m);
      if (r !== null) refs.push(r);
    }
    // the lead is named with 牵头 (or 由A负责), is the subject of 会同/联合 (A要会同B; not of 协同), or is
    // the one 负责 when others 配合 (A负责，B配合); nobody else leads
    const next = clauses[k + 1];
    const isLead = c.role === 'lead' || (c.role === 'actor' && ((next?.jointLead ?? false) || (c.responsible && hasSupport && !leadNamed)));
    if (c.role !== 'support' && refs.length < c.mentions.length) unknownActs = true;
    if (isLead) {
      leadNamed = true;
      leads.push(...refs);
      if (refs[0] && d.lead === null && !refs[0].startsWith('@')) d.lead = refs[0];
    } else if (c.role === 'support') supports.push(...refs);
    else actors.push(...refs);
  }
  const ordered: string[] = [];
  for (const r of leads) addExpanded(ordered, r, ctx);
  for (const r of actors) addExpanded(ordered, r, ctx);
  for (const r of supports) addExpanded(ordered, r, ctx);
  if (ordered.length > 0) {
    d.orgs = ordered;
    d.explicitActor = true;
    return;
  }
  // A point that hands all its work to organizations in its sentences is their heading, not one
  // more task: as a directive it would give each of them a second assignment for the same work. One
  // with work of its own besides (a task sentence naming no body, a deadline, a cadence) stays a task.
  if ((d.children.some((c) => c.source === 'org-child') && !d.ownTask && !statesOwnTerms(d, ctx)) || holdsOnlyMarker(d)) {
    d.kind = 'section';
    d.orgs = [];
    // a section is titled by its heading, not by the task a topic heading borrowed from its passage
    if (d.headingTitle) d.title = d.headingTitle;
    return;
  }
  // the body that must act is one the registry does not know (县侨联要…): its task, to be resolved on
  // review (it is among the unresolved mentions), not the parent's or the audience's
  if (unknownActs) {
    d.orgs = [];
    d.explicitActor = true;
    return;
  }
  const parent = d.parent;
  d.orgs = parent && parent.kind !== 'section' && parent.orgs.length > 0 ? [...parent.orgs] : [...ctx.audience];
}

/** Sets each draft's own end (its first child's start), trimmed. */
function settleOwnEnd(d: Draft, text: string): void {
  const first = d.children[0];
  let e = first ? Math.min(first.start, d.end) : d.end;
  while (e > d.start && isTrim(text.charCodeAt(e - 1))) e--;
  d.ownEnd = e;
}

export function finalizeDrafts(roots: readonly Draft[], ctx: FinalizeContext): ExtractedItem[] {
  const items: ExtractedItem[] = [];
  const text = ctx.norm.text;
  // iterative pre-order so deep trees cannot overflow the stack
  const stack: Array<{ d: Draft; parentId: string | null }> = [];
  for (let k = roots.length - 1; k >= 0; k--) stack.push({ d: roots[k] as Draft, parentId: null });
  while (stack.length > 0) {
    const { d, parentId } = stack.pop() as { d: Draft; parentId: string | null };
    sortByStart(d.children);
    settleOwnEnd(d, text);
    let start = d.start;
    while (start < d.ownEnd && isTrim(text.charCodeAt(start))) start++;
    let id = parentId;
    if (d.ownEnd > start) {
      resolveOrgs(d, ctx);
      const span = originalSpan(ctx.norm, start, d.ownEnd);
      const due = d.kind === 'section' ? null : lastDeadline(text, start, d.ownEnd, ctx.ref, ctx.calendar);
      const cadence = d.kind === 'section' ? null : findCadence(text, start, d.ownEnd);
      let confidence = BASE_CONFIDENCE[d.source];
      if (d.kind !== 'section') {
        if (d.explicitActor) confidence += 0.08;
        if (due) confidence += 0.03;
        if (d.orgs.length === 0) confidence -= 0.2;
        // a body named to lead (A牵头，B配合，…) has been given work, and a heading that states a task
        // (抓好培训。) has stated it: the exhortation beside them is not all they say
        if (d.children.length === 0 && d.lead === null && !d.headingTask && isRhetoric(text, start, d.ownEnd)) confidence -= RHETORIC_PENALTY;
      }
      if (confidence < MIN_CONFIDENCE) continue;
      id = String(items.length + 1);
      items.push({
        id,
        parentId,
        kind: d.kind,
        title: d.title,
        text: withoutBlanks(ctx.norm.original.slice(span.start, span.end)),
        start: span.start,
        end: span.end,
        orgs: d.kind === 'section' ? [] : d.orgs,
        lead: d.lead,
        due,
        cadence,
        confidence: Math.round(Math.min(0.97, Math.max(0.05, confidence)) * 100) / 100,
      });
    }
    for (let k = d.children.length - 1; k >= 0; k--) stack.push({ d: d.children[k] as Draft, parentId: id });
  }
  return items;
}
