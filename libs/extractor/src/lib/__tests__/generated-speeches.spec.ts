import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTY_REGISTRY } from '../../__fixtures__/county-registries.fixture';
import { extract } from '../extract';
import type { Cadence, ExtractedItem } from '../types/extraction.type';
import { caseCount } from './sample.util';

/**
 * Speeches generated from a random outline (headings of several styles, inline series, tasks
 * with lead and support wording, deadlines and cadences from the supported phrases, rhetoric and
 * praise in between, the speaker addressing the audience again between and inside the parts, tasks
 * after a series' last member). The generator knows every task it wrote and the part it wrote it
 * in; the extractor must find them, each under that part.
 */
const SPEECH_DATE = '2026-04-08';

/** Registry organizations as a speech writes them, and the name the extractor must return. */
const ORGS: ReadonlyArray<readonly [written: string, name: string]> = [
  ['县总工会', '总工会'],
  ['县妇联', '妇联'],
  ['团县委', '团委'],
  ['县科协', '科协'],
  ['县人社局', '人力资源社会保障局'],
  ['县司法局', '司法局'],
  ['县财政局', '财政局'],
  ['县文旅局', '文化旅游局'],
  ['县农业农村局', '农业农村局'],
  ['县茶业中心', '茶产业发展中心'],
  ['县市场监管局', '市场监管局'],
  ['县商务局', '商务局'],
  ['县自然资源局', '自然资源局'],
];

/** Deadline phrases (as the sentence ends: "…，{phrase}完成") and their due date for a speech of 2026-04-08. */
const DEADLINES: ReadonlyArray<readonly [phrase: string, due: string | null]> = [
  ['', null],
  ['年底前', '2026-12-31'],
  ['6月30日前', '2026-06-30'],
  ['9月底前', '2026-09-30'],
  ['三季度末前', '2026-09-30'],
  ['上半年', '2026-06-30'],
  ['10月上旬', '2026-10-10'],
  ['本月底前', '2026-04-30'],
  ['下月10日前', '2026-05-10'],
  ['30天内', '2026-05-08'],
  ['两周内', '2026-04-22'],
  ['两个月内', '2026-06-08'],
  ['明年一季度', '2027-03-31'],
  ['明年底前', '2027-12-31'],
  ['2027年6月底前', '2027-06-30'],
];

const CADENCES: ReadonlyArray<readonly [phrase: string, cadence: Cadence | null]> = [
  ['', null],
  ['，每周报送一次工作进展', 'weekly'],
  ['，每月报送一次工作进展', 'monthly'],
  ['，每季度报送一次工作进展', 'quarterly'],
];

const ACTIONS = ['做好资金保障', '建立职工诉求快速响应机制', '开展职业技能培训', '搭建招商引资平台', '完善应急处置预案', '推进农村道路改造', '组织法律援助进基层', '办好茶产业博览会', '健全食品安全追溯体系', '落实耕地保护责任'];

const RHETORIC = ['但也要清醒看到，工作中还存在不少短板。', '我们要充分认识到这项工作的重要意义。', '希望大家以更加饱满的热情投入工作。', '同志们，要只争朝夕、真抓实干。'];
/** The speaker turns to the audience again (or sums up) mid-speech, in a paragraph of its own. */
const ADDRESSES = ['同志们，这项工作时间紧、任务重。', '同志们！抓落实是关键，时间不等人。', '各位同志，这一部分我讲几点意见。', '总之，这方面工作大有可为。', '同志们，'];
/** Sentences that carry a series' last member on: no actor, no deadline, no cadence of their own. */
const CONTINUATIONS = ['要确保各项措施落到实处。', '要加强跟踪问效，确保取得实效。'];
const PRAISE = ['过去一年，全县上下凝心聚力，各项工作取得了显著成效。', '这些成绩的取得，凝聚了大家的心血和汗水，在此表示衷心感谢。'];
const TOPICS = ['抓好重点工作', '强化要素保障', '优化营商环境', '守牢安全底线', '加强队伍建设'];

/** A task the generator wrote: the sentence and what the extractor must say about it. */
interface Task {
  sentence: string;
  orgs: string[];
  lead: string | null;
  due: string | null;
  cadence: Cadence | null;
}

/** Lead and support wordings: how the organizations are written and what lead/orgs they mean. */
type Wording = (a: string, b: string, c: string, action: string) => { text: string; lead: 0 | null; count: number };
const WORDINGS: Wording[] = [
  (a, b, _c, x) => ({ text: `${a}牵头，${b}配合，${x}`, lead: 0, count: 2 }),
  (a, b, _c, x) => ({ text: `${a}牵头、${b}配合，${x}`, lead: 0, count: 2 }),
  (a, b, c, x) => ({ text: `由${a}牵头，${b}、${c}协助，${x}`, lead: 0, count: 3 }),
  (a, b, _c, x) => ({ text: `由${a}负责，${b}配合，${x}`, lead: 0, count: 2 }),
  (a, b, _c, x) => ({ text: `${a}要会同${b}${x}`, lead: 0, count: 2 }),
  (a, b, _c, x) => ({ text: `${a}要联合${b}${x}`, lead: 0, count: 2 }),
  (a, _b, _c, x) => ({ text: `${a}要${x}`, lead: null, count: 1 }),
  (a, b, _c, x) => ({ text: `${a}、${b}要${x}`, lead: null, count: 2 }),
];

const taskArb = (wordings: Wording[]): fc.Arbitrary<Task> => fc
  .record({
    orgs: fc.shuffledSubarray([...ORGS], { minLength: 3, maxLength: 3 }),
    wording: fc.constantFrom(...wordings),
    action: fc.constantFrom(...ACTIONS),
    deadline: fc.constantFrom(...DEADLINES),
    cadence: fc.constantFrom(...CADENCES),
  })
  .map(({ orgs, wording, action, deadline, cadence }) => {
    const [a, b, c] = orgs as Array<readonly [string, string]>;
    const w = wording(a?.[0] as string, b?.[0] as string, c?.[0] as string, action);
    const [phrase, due] = deadline;
    return {
      sentence: `${w.text}${phrase ? `，${phrase}完成` : ''}${cadence[0]}。`,
      orgs: orgs.slice(0, w.count).map((o) => o[1]),
      lead: w.lead === null ? null : (a?.[1] as string),
      due,
      cadence: cadence[1],
    };
  });

/**
 * Inline series markers, and the wordings their members take: after 一要 only those without a 要
 * of their own (一要由A牵头…, 一要A牵头、B配合…). 一方面/另一方面 pairs two members, never three.
 */
interface Series {
  markers: readonly string[];
  wordings: Wording[];
}
const SERIES: Series[] = [
  { markers: ['一是', '二是', '三是'], wordings: WORDINGS },
  { markers: ['首先，', '其次，', '最后，'], wordings: WORDINGS },
  { markers: ['首先，', '其次，', '再次，'], wordings: WORDINGS },
  { markers: ['第一，', '第二，', '第三，'], wordings: WORDINGS },
  { markers: ['第一是', '第二是', '第三是'], wordings: WORDINGS },
  { markers: ['其一，', '其二，', '其三，'], wordings: WORDINGS },
  { markers: ['一要', '二要', '三要'], wordings: WORDINGS.slice(0, 4) },
  { markers: ['一方面，', '另一方面，'], wordings: WORDINGS },
];
const SUB_HEADINGS = [(i: number) => `（${'一二三四五'[i]}）`, (i: number) => `${i + 1}.`, (i: number) => `${i + 1}、`];
const TOP_HEADINGS = [(i: number) => `${'一二三四五'[i]}、`, (i: number) => `第${'一二三四五'[i]}部分、`];

/** Consecutive sentences of one actor are one directive by design: a point's tasks have different actors. */
const actorOf = (t: Task): string => t.orgs[0] as string;

/**
 * A point: a heading, then its tasks as sentences or as an inline series of two or three, worded
 * with any lead and support wording; a series runs on in the heading's paragraph or follows it on
 * a line of its own, its last member may be carried on by a sentence without an actor, and a task
 * of another body may follow it in the same paragraph (a sibling of the members). A mid-speech
 * address may stand before the point, or between its heading and its passage.
 */
interface Point {
  topic: string;
  tasks: Task[];
  series: ((i: number) => string) | undefined;
  ownLine: boolean;
  rhetoric: string | undefined;
  continuation: string | undefined;
  trailing: Task | undefined;
  address: string | undefined;
  addressUnder: string | undefined;
}

const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
/** The bodies that act in a task: its lead, else all its bodies (A要…, A、B要…). */
const acting = (t: Task): string[] => (t.lead ? [t.lead] : t.orgs);

const pointArb: fc.Arbitrary<Point> = fc.oneof(
  fc.record({
    topic: fc.constantFrom(...TOPICS),
    tasks: fc.uniqueArray(taskArb(WORDINGS), { minLength: 1, maxLength: 3, selector: actorOf }),
    series: fc.constant(undefined),
    ownLine: fc.constant(false),
    rhetoric: optional(fc.constantFrom(...RHETORIC)),
    continuation: fc.constant(undefined),
    trailing: fc.constant(undefined),
    address: optional(fc.constantFrom(...ADDRESSES)),
    addressUnder: fc.constant(undefined),
  }),
  fc.constantFrom(...SERIES).chain((series) =>
    fc
      .record({
        topic: fc.constantFrom(...TOPICS),
        tasks: fc.uniqueArray(taskArb(series.wordings), { minLength: 2, maxLength: series.markers.length, selector: actorOf }),
        series: fc.constant((i: number) => series.markers[i] as string),
        ownLine: fc.boolean(),
        rhetoric: optional(fc.constantFrom(...RHETORIC)),
        continuation: optional(fc.constantFrom(...CONTINUATIONS)),
        trailing: optional(taskArb(WORDINGS)),
        address: optional(fc.constantFrom(...ADDRESSES)),
        // an address right under the point's own heading, when the series has a line of its own
        addressUnder: optional(fc.constantFrom(...ADDRESSES)),
      })
      // the trailing task is another body's: its actor acts in no member (it may have supported one)
      .filter(({ tasks, trailing }) => !trailing || !tasks.some((t) => acting(t).includes(actorOf(trailing)))),
  ),
);

const speechArb = fc
  .record({
    praise: fc.subarray(PRAISE),
    top: fc.constantFrom(...TOP_HEADINGS),
    sub: fc.constantFrom(...SUB_HEADINGS),
    sections: fc.array(
      fc.record({
        topic: fc.constantFrom(...TOPICS),
        // an address before the part's heading (from the second part on)
        address: optional(fc.constantFrom(...ADDRESSES)),
        lead: optional(fc.constantFrom(...RHETORIC)),
        points: fc.array(pointArb, { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ praise, top, sub, sections }) => {
    const lines = ['在全县重点工作推进会议上的讲话', '（2026年4月8日）', '同志们：', ...praise];
    const tasks: Task[] = [];
    /** for each task: the part it was written in, and its point (tasks of one point are siblings) */
    const places: Array<{ part: number; point: number }> = [];
    let points = 0;
    sections.forEach((section, s) => {
      if (s > 0 && section.address) lines.push(section.address);
      lines.push(`${top(s)}${section.topic}`);
      if (section.lead) lines.push(section.lead);
      section.points.forEach((point, p) => {
        const place = { part: s, point: points++ };
        const asSeries = point.series !== undefined && point.tasks.length >= 2;
        const body = point.tasks
          .map((t, i) => {
            tasks.push(t);
            places.push(place);
            // an inline member ends with ； except the last
            // a series needs two members at least
            if (!point.series || !asSeries) return t.sentence;
            const member = `${point.series(i)}${t.sentence}`;
            return i < point.tasks.length - 1 ? member.replace(/。$/u, '；') : member;
          })
          .join('');
        let after = '';
        if (asSeries) {
          after += point.continuation ?? '';
          if (point.trailing) {
            tasks.push(point.trailing);
            places.push(place);
            after += point.trailing.sentence;
          }
        }
        if (p > 0 && point.address) lines.push(point.address);
        if (point.ownLine) {
          lines.push(`${sub(p)}${point.topic}`);
          if (point.addressUnder) lines.push(point.addressUnder);
          lines.push(`${point.rhetoric ?? ''}${body}${after}`);
        } else lines.push(`${sub(p)}${point.topic}。${point.rhetoric ?? ''}${body}${after}`);
      });
    });
    lines.push('同志们，让我们以更加务实的作风，奋力谱写高质量发展新篇章！');
    return { text: lines.join('\n'), tasks, places };
  });

const squash = (s: string): string => s.replace(/[^\u4e00-\u9fff0-9A-Za-z]/gu, '');
/** The words of a task the extractor's span must hold: the sentence without its closing mark. */
const core = (t: Task): string => squash(t.sentence);

/**
 * Pairs each written task (by its index) with the first unused extracted item whose text holds it:
 * tasks come in the order they were written, so a sentence written twice pairs with its own item.
 */
function match(tasks: Task[], items: ExtractedItem[]): { pairs: Array<[number, ExtractedItem]>; missed: Task[]; extra: ExtractedItem[] } {
  const actionable = items.filter((i) => i.kind !== 'section');
  const used = new Set<string>();
  const pairs: Array<[number, ExtractedItem]> = [];
  const missed: Task[] = [];
  tasks.forEach((t, k) => {
    const found = actionable
      .filter((i) => !used.has(i.id) && squash(i.text).includes(core(t)))
      .sort((x, y) => x.start - y.start || x.text.length - y.text.length)[0];
    if (found) {
      used.add(found.id);
      pairs.push([k, found]);
    } else missed.push(t);
  });
  // a point's heading over its members or per-organization children is a section: every other item is an extra
  return { pairs, missed, extra: actionable.filter((i) => !used.has(i.id)) };
}

/** 200 speeches; 20 under the mutation run (see caseCount). */
const SPEECHES = caseCount(200, 20);

describe('generated speeches: the extractor recovers the tasks the generator wrote', () => {
  it(`recall and precision ≥ 0.95 over ${SPEECHES} speeches; every deadline, lead, organization list and cadence exact; every task under its part, beside the other tasks of its point`, () => {
    let written = 0;
    let found = 0;
    let extracted = 0;
    const misses: string[] = [];
    const wrong: string[] = [];
    const misplaced: string[] = [];
    fc.assert(
      fc.property(speechArb, ({ text, tasks, places }) => {
        const result = extract({ text, registry: COUNTY_REGISTRY, date: SPEECH_DATE });
        const { pairs, missed, extra } = match(tasks, result.items);
        // a mid-speech address closes no part: each task sits under the part it was written in
        const byId = new Map(result.items.map((i) => [i.id, i]));
        const parts = result.items.filter((i) => i.parentId === null && i.kind === 'section').map((i) => i.id);
        const partOf = (item: ExtractedItem): string => {
          let at = item;
          while (at.parentId !== null) at = byId.get(at.parentId) as ExtractedItem;
          return at.id;
        };
        const parentOfPoint = new Map<number, string | null>();
        for (const [k, item] of pairs) {
          const place = places[k] as { part: number; point: number };
          const sentence = (tasks[k] as Task).sentence;
          if (partOf(item) !== parts[place.part]) misplaced.push(`${sentence} is not under part ${place.part + 1}`);
          const sibling = parentOfPoint.get(place.point);
          if (sibling === undefined) parentOfPoint.set(place.point, item.parentId);
          else if (sibling !== item.parentId) misplaced.push(`${sentence} is not beside the other tasks of its point`);
        }
        written += tasks.length;
        found += pairs.length;
        extracted += pairs.length + extra.length;
        misses.push(...missed.map((t) => t.sentence), ...extra.map((i) => `extra: ${i.text}`));
        for (const [k, item] of pairs) {
          const task = tasks[k] as Task;
          const got = { due: item.due, lead: item.lead, orgs: item.orgs, cadence: item.cadence };
          const want = { due: task.due, lead: task.lead, orgs: task.orgs, cadence: task.cadence };
          if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${task.sentence} → ${JSON.stringify(got)}, written ${JSON.stringify(want)}`);
        }
      }),
      { numRuns: SPEECHES, seed: 20260408 },
    );
    expect(written).toBeGreaterThan(2 * SPEECHES);
    const recall = found / written;
    const precision = found / Math.max(1, extracted);
    expect(wrong.slice(0, 10), `${wrong.length} tasks with a wrong deadline, lead, organization list or cadence`).toEqual([]);
    expect(misplaced.slice(0, 10), `${misplaced.length} tasks out of their part or point`).toEqual([]);
    expect({ recall: recall >= 0.95, precision: precision >= 0.95 }, `recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}; first misses: ${misses.slice(0, 8).join(' | ')}`).toEqual({ recall: true, precision: true });
  });
});
