/**
 * The leaders' view (督办看板, rankings, 考评, 台账, 督查通报): the response shapes of its endpoints,
 * shared by the API and the dashboard.
 *
 * ## Endpoints (all GET unless said; every signed-in role unless said)
 * Org users (org_admin, org_staff) see only their organization and its subtree: without
 * `organizationId` the scope is their own organization's subtree; another organization → 404
 * `record.not_found` (existence does not leak).
 *
 * | path | returns |
 * |---|---|
 * | /api/dashboard/summary | DashboardSummary: KPI cards and lights |
 * | /api/dashboard/ranking | OrganizationRanking: one row per organization with counted work (红黑榜) |
 * | /api/dashboard/progress | SpeechProgress: each speech and each of its top-level sections |
 * | /api/dashboard/trend | WeeklyTrend: one row per week (Monday) overlapping the period |
 * | /api/dashboard/heatmap | Heatmap: organization × speech cells |
 * | /api/dashboard/speeches/:id/board | SpeechBoard: the speech's outline tree with each item's figures |
 * | /api/dashboard/organizations/:id/scorecard | Scorecard: one organization and its subtree |
 * | /api/scoring-schemes (GET list, GET /:id; POST, PUT /:id, POST /:id/activate: admin) | ScoringScheme |
 * | /api/bulletins/preview?period… (admin, supervisor, viewer) | BulletinPreview: a period's content, not issued |
 * | /api/bulletins (GET list, GET /:id: admin, supervisor, viewer; POST {from,to}|{period,date}: admin, supervisor — 201 issued, 200 the period's earlier one, number kept) | Bulletin (JSON, for the print view) |
 * | /api/exports/assignments?filter=…&sort=… | 督办台账 .xlsx; the assignments list's filters; org users: only their own |
 * | /api/exports/bulletins/:id | 督查通报 .docx of an issued bulletin (admin, supervisor, viewer) |
 *
 * ## Query parameters of /api/dashboard/* (and of POST /api/bulletins' body)
 * - the period, either `from=YYYY-MM-DD&to=YYYY-MM-DD` (half-open [from, to), dates in TIME_ZONE,
 *   `to` > `from`, at most 366 days: else 400 `dashboard.period_too_long`), or
 *   `period=week|month|quarter|year` with `date=YYYY-MM-DD` (the period containing that date;
 *   weeks start on Monday; `date` defaults to today). Neither: `period=month` of today. Both, or
 *   `from` without `to`, or `to` ≤ `from` → 400 `dashboard.period_invalid`.
 * - `speechId` (uuid): only that speech's assignments (unknown → 404 `record.not_found`).
 * - `organizationId` (uuid): that organization and its sub-organizations (its subtree).
 * - `schemeId` (uuid, ranking/scorecard only): score with this scheme instead of the active one
 *   (unknown → 400 `dashboard.scheme_unknown`).
 *
 * ## Drill-down: the assignments list's filters (`GET /api/assignments?filter={…}`)
 * Every count the dashboard returns comes with `filter`: the exact `filter` object for
 * `/api/assignments` (and the .xlsx export) whose rows are the counted ones (Content-Range total
 * = the count). The filters it uses, all combinable with the old ones:
 * - `countedFrom`, `countedTo` (dates): the counted set of [countedFrom, countedTo): published
 *   (created) before the start of `countedTo` and not cancelled before the start of `countedFrom`.
 *   `countedTo` also fixes the reference instant of the filters below: ref = min(now, start of
 *   `countedTo`), refDay = the period's last day (countedTo − 1), or today when earlier. Without
 *   `countedTo`: ref = now, refDay = today.
 * - `openAt: true|false` — open (not completed, not cancelled) at ref (在办).
 * - `completed: true|false` — completed before ref (办结).
 * - `dueBy: true` — due date in force (after the extensions approved before ref) before
 *   `countedTo` (without it: on or before today) (应办结).
 * - `completedOnTime: true` — completed before ref, completion day (TIME_ZONE) ≤ due date in force;
 *   `false` — completed before ref after its due date. The 按期办结 numerator is
 *   `{dueBy: true, completedOnTime: true}` (so the rate never exceeds 1).
 * - `overdue: true|false` — open at ref with due date in force < refDay (超期).
 * - `dueSoon: true` — open at ref, refDay ≤ due ≤ refDay + DEFAULT_WARNING_DAYS (即将到期).
 * - `reportMissed: true` — open at ref, has a cadence, and its last reporting period ended by refDay
 *   (counting from publication) had no report before ref (未按期报送; the yellow-by-report light).
 * - `light: red|yellow|green` — the light at ref/refDay (today's light without `countedTo`).
 * - `late: true` — completed late before ref or overdue at ref (the set 平均超期天数 averages over).
 * - `completedIn: true` — completed within [countedFrom, countedTo) (new completions, trend).
 * - `publishedIn: true` — published within [countedFrom, countedTo) (new assignments, trend).
 * - `organizationSubtree` (uuid) — the organization and every one below it.
 * - `sectionId` (uuid) — that item and every item under it (a "section" of the per-section
 *   figures is a top-level item of the speech's outline: a section, or a directive standing alone).
 * - `speechId`, `organizationId` (exact organization) — as before.
 *
 * ## Definitions (see README "Leaders' view")
 * counted = published before the period's end and not cancelled before its start; lead and support
 * alike. Rates are numbers in [0, 1] or null when the denominator is 0. Days are calendar days.
 */
import type { Light } from '../lifecycle/assignment-light.util';

/** A filter object for `GET /api/assignments?filter=…`: its rows are exactly the counted ones. */
export type AssignmentListFilter = Record<string, string | boolean>;

export const DASHBOARD_PERIOD_KINDS = ['week', 'month', 'quarter', 'year'] as const;
export type DashboardPeriodKind = (typeof DASHBOARD_PERIOD_KINDS)[number];

/** The resolved period and scope every dashboard response starts with. */
export interface DashboardScope {
  /** First day of the period (YYYY-MM-DD, TIME_ZONE). */
  from: string;
  /** First day after the period (exclusive). */
  to: string;
  /** The period's last day, or today when the period has not ended: what 超期 is measured against. */
  referenceDay: string;
  speechId: string | null;
  /** The organization whose subtree is shown (an org user's own when not given), or null: all. */
  organizationId: string | null;
  /** The base filter of this scope (countedFrom, countedTo, speechId, organizationSubtree). */
  filter: AssignmentListFilter;
}

/** A number with the list filter that reproduces it. */
export interface Count {
  value: number;
  filter: AssignmentListFilter;
}

export interface Rate {
  /** numerator / denominator, or null when the denominator is 0. */
  value: number | null;
  numerator: number;
  denominator: number;
}

/** GET /api/dashboard/summary */
export interface DashboardSummary {
  scope: DashboardScope;
  /** 交办总数: the counted set. */
  total: Count;
  /** 在办 */
  open: Count;
  /** 办结 */
  completed: Count;
  /** 办结率 = completed / total */
  completionRate: Rate;
  /** 应办结: due date before the period's end. */
  due: Count;
  /** 按期办结 (numerator of the rate): completed on or before the due date, among `due`. */
  completedOnTime: Count;
  /** 按期办结率 = completedOnTime / due */
  onTimeRate: Rate;
  /** 超期 */
  overdue: Count;
  /** 即将到期, within `warningDays` of the reference day. */
  dueSoon: Count;
  warningDays: number;
  /** 未按期报送 */
  reportMissed: Count;
  /** 平均超期天数 over `late` (completed late, or overdue at the reference day); null when none. */
  averageDaysLate: number | null;
  late: Count;
  /** 报送及时率 */
  reportTimeliness: Rate;
  /** Open assignments by light at the reference day. */
  lights: Record<Light, Count>;
}

/** One term of a score: "−5.0：2 项超期，合计超期 2 天". */
export interface ScoreComponent {
  key: 'base' | 'overdue' | 'missedReports' | 'returns' | 'earlyCompletion' | 'floor';
  /** Points this term adds (negative: deducts), after its cap. */
  points: number;
  /** How many things it counts (assignments, periods, returns). */
  count: number;
  /** For `overdue`: total days overdue (before caps); null for the other terms. */
  days: number | null;
  /** The line shown on the scorecard, zh-CN (the dashboard may render its own from the numbers). */
  text: string;
}

export interface Score {
  /** Sum of the components' points, at least the scheme's floor, rounded to 0.1. */
  value: number;
  schemeId: string;
  components: ScoreComponent[];
}

/** The figures of one organization (or one scope) over a period. */
export interface OrganizationFigures {
  total: Count;
  open: Count;
  completed: Count;
  due: Count;
  completedOnTime: Count;
  onTimeRate: Rate;
  overdue: Count;
  /** Sum of days overdue at the reference day over `overdue` (calendar days). */
  overdueDays: number;
  averageDaysLate: number | null;
  late: Count;
  reportTimeliness: Rate;
  /** 退回 within the period. */
  returns: number;
  /** Completed within the period at least `earlyDays` before the due date. */
  completedEarly: number;
}

/** GET /api/dashboard/ranking: sorted by score (desc), then on-time rate, then name. */
export interface OrganizationRanking {
  scope: DashboardScope;
  schemeId: string;
  rows: OrganizationRankingRow[];
}

export interface OrganizationRankingRow extends OrganizationFigures {
  organizationId: string;
  name: string;
  /** 1-based place by score. */
  rank: number;
  score: Score;
  /** Marked for the top / bottom highlight (top 3 and bottom 3 when there are more than 6 rows). */
  highlight: 'top' | 'bottom' | null;
}

/**
 * The speeches a progress chart or a heatmap shows: the `limit` most recent (by speech date) with
 * counted work in the scope, or the one chosen speech; `more` when older ones were left out (the
 * board's speech picker opens any of them).
 */
export interface SpeechSelection {
  limit: number;
  more: boolean;
}

/** GET /api/dashboard/progress */
export interface SpeechProgress extends SpeechSelection {
  scope: DashboardScope;
  speeches: SpeechProgressRow[];
}

export interface ProgressFigures {
  total: Count;
  completed: Count;
  overdue: Count;
  /** Mean percent (0–100) of the counted assignments (a completed one counts 100); null when none. */
  percent: number | null;
}

/** Only speeches: assignments of items outside any speech (领导批示) are in the totals, not here. */
export interface SpeechProgressRow extends ProgressFigures {
  speechId: string;
  title: string;
  date: string | null;
  /**
   * The speech's top-level outline items (sections, or directives standing alone), in order; only
   * when the request chose the speech (speechId), empty otherwise.
   */
  sections: Array<ProgressFigures & { sectionId: string; title: string }>;
}

/** GET /api/dashboard/trend: weeks (Monday–Sunday) overlapping the period; the first may start before it. */
export interface WeeklyTrend {
  scope: DashboardScope;
  weeks: WeeklyTrendRow[];
}

export interface WeeklyTrendRow {
  /** Monday. */
  weekStart: string;
  /** The Monday after. */
  weekEnd: string;
  /** Published within the week (publishedIn over [weekStart, weekEnd)). */
  created: Count;
  /** Completed within the week. */
  completed: Count;
  /** Completed within the week on or before the due date. */
  completedOnTime: Count;
  /** Overdue at the week's end (its Sunday, or today for the running week). */
  overdue: Count;
}

/**
 * GET /api/dashboard/heatmap?by=speech|section (section: the speech's top-level sections; needs
 * speechId). With by=speech the columns are the SpeechSelection's speeches.
 */
export interface Heatmap extends SpeechSelection {
  scope: DashboardScope;
  by: 'speech' | 'section';
  organizations: Array<{ id: string; name: string }>;
  columns: Array<{ id: string; title: string }>;
  cells: HeatmapCell[];
}

export interface HeatmapCell {
  organizationId: string;
  /** speechId, or the sectionId of a top-level outline item. */
  columnId: string;
  total: Count;
  percent: number | null;
  /** The worst light among the open ones (red > yellow > green), null when none open. */
  light: Light | null;
  overdue: number;
}

/** GET /api/dashboard/speeches/:id/board */
export interface SpeechBoard {
  scope: DashboardScope;
  speech: { id: string; title: string; date: string | null; speaker: string | null; meeting: string | null };
  figures: ProgressFigures;
  items: SpeechBoardNode[];
}

export interface SpeechBoardNode {
  itemId: string;
  kind: 'section' | 'directive' | 'commitment';
  title: string;
  /** The item's own due date (assignments may have been extended: see organizations). */
  dueDate: string | null;
  /** Worst light among its (and, for a section, its descendants') open assignments. */
  light: Light | null;
  /** Mean percent over its (descendants') assignments; null when none. */
  percent: number | null;
  organizations: Array<{
    assignmentId: string;
    organizationId: string;
    name: string;
    role: 'lead' | 'support';
    state: string;
    dueDate: string | null;
    percent: number;
    light: Light | null;
    overdueDays: number | null;
  }>;
  children: SpeechBoardNode[];
}

/** GET /api/dashboard/organizations/:id/scorecard */
export interface Scorecard {
  scope: DashboardScope;
  organization: { id: string; name: string; parentId: string | null };
  /** The organization with its subtree. */
  figures: OrganizationFigures;
  score: Score;
  /** Each organization of the subtree (the organization itself first). */
  organizations: OrganizationRankingRow[];
  /** Up to 50 each, the list filter gives all. */
  openAssignments: ScorecardAssignment[];
  overdueAssignments: ScorecardAssignment[];
  /** Completed within the period. */
  recentlyCompleted: ScorecardAssignment[];
  openFilter: AssignmentListFilter;
  overdueFilter: AssignmentListFilter;
  recentlyCompletedFilter: AssignmentListFilter;
  /** Per cadence: reporting periods ending within the period and how many had a report. */
  reportTimeliness: Array<{ cadence: string; periods: number; reported: number }>;
}

export interface ScorecardAssignment {
  id: string;
  itemTitle: string;
  speechTitle: string | null;
  organizationId: string;
  organizationName: string;
  role: 'lead' | 'support';
  state: string;
  dueDate: string | null;
  percent: number;
  completedAt: string | null;
  /** Days after the due date (overdue: at the reference day; completed: completion day); null when not late. */
  daysLate: number | null;
}

/** /api/scoring-schemes */
export interface ScoringSchemeRules {
  /** 基础分 */
  base: number;
  /** Per assignment overdue at the period's end (a positive number, deducted). */
  overduePenalty: number;
  /** Per overdue day per overdue assignment. */
  overdueDayPenalty: number;
  /** At most this much per assignment for its overdue days. */
  overdueDayCap: number;
  /** Per missed reporting period. */
  missedReportPenalty: number;
  /** Per 退回 within the period. */
  returnPenalty: number;
  /** Per completion within the period at least `earlyDays` before its due date. */
  earlyBonus: number;
  earlyDays: number;
  /** At most this much bonus in total. */
  earlyBonusCap: number;
  /** The score never goes below this. */
  floor: number;
}

export interface ScoringScheme extends ScoringSchemeRules {
  id: string;
  name: string;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const DEFAULT_SCORING_RULES: ScoringSchemeRules = {
  base: 100,
  overduePenalty: 2,
  overdueDayPenalty: 0.5,
  overdueDayCap: 10,
  missedReportPenalty: 1,
  returnPenalty: 1,
  earlyBonus: 1,
  earlyDays: 7,
  earlyBonusCap: 5,
  floor: 0,
};

/** /api/bulletins: an issued 督查通报 (its number kept once issued). */
export interface Bulletin {
  id: string;
  year: number;
  /** 第N期 within the year. */
  number: number;
  /** "督查通报〔2026〕第3期" */
  numberLine: string;
  title: string;
  from: string;
  to: string;
  issuedAt: string;
  issuedById: string | null;
  content: BulletinContent;
}

/** GET /api/bulletins/preview */
export interface BulletinPreview {
  title: string;
  from: string;
  to: string;
  content: BulletinContent;
}

export interface BulletinContent {
  /** The issuing office (the issuer's organization, 督查室 by default), signed at the end. */
  office: string;
  /** Sentences of the summary, in order ("本期共交办事项N项，已办结M项，办结率X%……"). */
  summary: string[];
  figures: { total: number; completed: number; completionRate: number | null; onTimeRate: number | null; overdue: number; dueSoon: number; reportMissed: number };
  ranking: Array<{ rank: number; organizationId: string; name: string; total: number; completed: number; onTimeRate: number | null; overdue: number; averageDaysLate: number | null; reportTimeliness: number | null; score: number }>;
  overdue: Array<{ assignmentId: string; itemTitle: string; speechTitle: string | null; organizationName: string; role: 'lead' | 'support'; dueDate: string; daysOverdue: number }>;
  /** 表扬: organizations with on-time completions and nothing overdue or completed late (in ranking order). */
  commended: Array<{ organizationId: string; name: string; reason: string }>;
}
