import { Injectable } from '@nestjs/common';
import {
  CADENCES,
  OPEN_ASSIGNMENT_STATES,
  reportingPeriodsEndingWithin,
  zonedInstant,
  type Light,
  type ScorecardAssignment,
  type ScoringSchemeRules,
} from '@luoshi/common';
import { DataSource } from 'typeorm';
import { AssignmentFigures, type PeriodRow } from '../assignments/assignment-figures.sql';

/** Which assignments a dashboard request covers, and over which period. */
export interface FigureScope {
  figures: AssignmentFigures;
  /** null: every organization. */
  organizationIds: string[] | null;
  speechId: string | null;
  /**
   * Only the N most recent speeches with counted work in the rest of the scope (the progress
   * chart's and the heatmap's selection, recentSpeeches' in the same statement); absent: no such limit.
   */
  recentSpeeches?: number;
}

/** What the figures can be grouped by: the organization, the speech, the top-level item (section) of the outline, the cadence. */
export type FigureGroup = 'organization' | 'speech' | 'section' | 'cadence';

const GROUP_SQL: Record<FigureGroup, string> = {
  organization: 'a.organization_id',
  speech: 'i.speech_id',
  section: 'tree.root',
  cadence: 'a.cadence',
};

export interface FigureRow {
  keys: Array<string | null>;
  total: number;
  open: number;
  completed: number;
  due: number;
  dueOnTime: number;
  overdue: number;
  overdueDays: number;
  overdueDayPoints: number;
  late: number;
  lateDays: number;
  dueSoon: number;
  reportMissed: number;
  red: number;
  yellow: number;
  green: number;
  percent: number | null;
  completedEarly: number;
}

/** The figures of no assignment. */
export const EMPTY_ROW: Omit<FigureRow, 'keys'> = {
  total: 0,
  open: 0,
  completed: 0,
  due: 0,
  dueOnTime: 0,
  overdue: 0,
  overdueDays: 0,
  overdueDayPoints: 0,
  late: 0,
  lateDays: 0,
  dueSoon: 0,
  reportMissed: 0,
  red: 0,
  yellow: 0,
  green: 0,
  percent: null,
  completedEarly: 0,
};

/** One assignment as the scorecard, the speech board and the 通报 list it. */
export interface AssignmentFigureRow extends ScorecardAssignment {
  itemId: string;
  light: Light | null;
  overdue: boolean;
}

/** A speech as the progress chart and the heatmap name it (date YYYY-MM-DD). */
export interface SpeechRow {
  id: string;
  title: string;
  date: string | null;
}

/** One organization's settled history (or everyone's: organizationId null), from the roll-up. */
interface SettledRow {
  organizationId: string | null;
  assignments: number;
  withDue: number;
  onTime: number;
  late: number;
  lateDays: number;
}

export interface CountRow {
  keys: Array<string | null>;
  value: number;
  second: number;
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const OPEN_STATES = OPEN_ASSIGNMENT_STATES.map((s) => `'${s}'`).join(', ');

/**
 * The leaders' view aggregates, each one SQL statement over the counted set (AssignmentFigures'
 * definitions), grouped as asked. Nothing here reads rows into memory to count them.
 */
@Injectable()
export class DashboardFiguresRepository {
  /** Per time zone, the check (and if need be the rebuild) of the settled roll-up's zone. */
  private readonly zones = new Map<string, Promise<void>>();
  /** Statements running now, by text and values (see query). */
  private readonly running = new Map<string, Promise<Array<Record<string, unknown>>>>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The figures per group. With `rollUp`, also per the first group alone (in the same statement,
   * one pass over the rows): those rows carry null for the second key.
   */
  async figures(scope: FigureScope, groups: FigureGroup[], rules?: ScoringSchemeRules, rollUp = false): Promise<FigureRow[]> {
    // Each assignment's values once (x), then the figures over them.
    const f = scope.figures.overRows('x');
    const n = (sql: string) => `COUNT(*) FILTER (WHERE ${sql})`;
    const select = [
      `COUNT(*) AS total`,
      `${n(f.openAt())} AS open`,
      `${n(f.completed())} AS completed`,
      `${n(f.dueBy())} AS due`,
      `${n(`${f.dueBy()} AND ${f.completedOnTime()}`)} AS due_on_time`,
      `${n(f.overdue())} AS overdue`,
      `COALESCE(SUM(${f.overdueDays()}) FILTER (WHERE ${f.overdue()}), 0) AS overdue_days`,
      `COALESCE(SUM(LEAST(${f.overdueDays()} * CAST(:dayPenalty AS real), CAST(:dayCap AS real))) FILTER (WHERE ${f.overdue()}), 0) AS overdue_day_points`,
      `${n(f.late())} AS late`,
      `COALESCE(SUM(${f.daysLate()}) FILTER (WHERE ${f.late()}), 0) AS late_days`,
      `${n(f.dueSoon())} AS due_soon`,
      `${n(f.reportMissed())} AS report_missed`,
      ...(['red', 'yellow', 'green'] as const).map((light) => `${n(`${f.light()} = '${light}'`)} AS ${light}`),
      `SUM(${f.percent()}) AS percent_sum`,
      `${n(`${f.completedIn()} AND ${f.dueAt()} - ${f.completionDay()} >= CAST(:earlyDays AS integer)`)} AS completed_early`,
    ];
    // The settled history from its roll-up (see settled()), the rest of the rows here.
    const settled = await this.settled(scope, groups);
    const where = settled ? `${scope.figures.counted()} AND ${scope.figures.notSettled()}` : scope.figures.counted();
    const [rows, history] = await Promise.all([
      this.run(scope, groups, select.join(',\n'), 'FROM assignments a', where, {
        dayPenalty: rules?.overdueDayPenalty ?? 0,
        dayCap: rules?.overdueDayCap ?? 0,
        earlyDays: rules?.earlyDays ?? 0,
      }, '', '', scope.figures.rowColumns(), rollUp),
      settled ?? Promise.resolve([]),
    ]);
    const figures: FigureRow[] = rows.map((r) => ({
      keys: groups.map((_, i) => (r[`g${i}`] as string | null) ?? null),
      total: Number(r['total']),
      open: Number(r['open']),
      completed: Number(r['completed']),
      due: Number(r['due']),
      dueOnTime: Number(r['due_on_time']),
      overdue: Number(r['overdue']),
      overdueDays: Number(r['overdue_days']),
      overdueDayPoints: Number(r['overdue_day_points']),
      late: Number(r['late']),
      lateDays: Number(r['late_days']),
      dueSoon: Number(r['due_soon']),
      reportMissed: Number(r['report_missed']),
      red: Number(r['red']),
      yellow: Number(r['yellow']),
      green: Number(r['green']),
      percent: r['percent_sum'] === null ? null : Number(r['percent_sum']),
      completedEarly: Number(r['completed_early']),
    }));
    // Settled assignments: counted, completed, not open (so never overdue, due soon, late to report
    // or lit), percent 100, completed before the period (so not early within it).
    const byKey = new Map(figures.map((row) => [row.keys.join('|'), row]));
    for (const h of history) {
      const keys = groups.map(() => h.organizationId);
      let row = byKey.get(keys.join('|'));
      if (!row) {
        row = { keys, ...EMPTY_ROW };
        byKey.set(keys.join('|'), row);
        figures.push(row);
      }
      row.total += h.assignments;
      row.completed += h.assignments;
      row.due += h.withDue;
      row.dueOnTime += h.onTime;
      row.late += h.late;
      row.lateDays += h.lateDays;
      row.percent = (row.percent ?? 0) + 100 * h.assignments;
    }
    // percent held the sum so far: the mean over the counted rows.
    for (const row of figures) row.percent = row.percent === null || row.total === 0 ? null : row.percent / row.total;
    return figures;
  }

  /**
   * The settled history's figures (settled_assignment_rollups: completed assignments whose
   * completion and due date both fall in months that ended before the period began), per
   * organization or in all, when the request can read them: a period with a start, no speech
   * (the roll-up is by organization and month only; one speech's rows are few), grouped by
   * organization or not at all. Null otherwise: every row is read from assignments.
   */
  private settled(scope: FigureScope, groups: FigureGroup[]): Promise<SettledRow[]> | null {
    const month = scope.figures.settledMonth();
    if (!month || scope.speechId || scope.recentSpeeches || !groups.every((g) => g === 'organization')) return null;
    const byOrganization = groups.length > 0;
    return this.zoneReady(scope.figures.zone).then(async () => {
      const rows = await this.query(
        `SELECT ${byOrganization ? 'organization_id' : 'NULL'} AS organization_id, SUM(assignments) AS assignments, SUM(with_due) AS with_due,
                SUM(on_time) AS on_time, SUM(late) AS late, SUM(late_days) AS late_days
           FROM settled_assignment_rollups
          WHERE month < CAST(:settledMonth AS date)${scope.organizationIds ? ' AND organization_id IN (:...scopeOrganizations)' : ''}
          ${byOrganization ? 'GROUP BY organization_id' : ''} HAVING SUM(assignments) > 0`,
        { settledMonth: month, ...this.scopeParams(scope) },
      );
      return rows.map((r) => ({
        organizationId: (r['organization_id'] as string | null) ?? null,
        assignments: Number(r['assignments']),
        withDue: Number(r['with_due']),
        onTime: Number(r['on_time']),
        late: Number(r['late']),
        lateDays: Number(r['late_days']),
      }));
    });
  }

  /**
   * The roll-up counts "on time" in the office's time zone (dashboard_settings): the API's own,
   * written there and the roll-up rebuilt when they differ (a deployment that changed TIME_ZONE),
   * once per process and zone.
   */
  private zoneReady(zone: string): Promise<void> {
    let ready = this.zones.get(zone);
    if (!ready) {
      ready = this.dataSource.transaction(async (manager) => {
        const [row] = (await manager.query(`SELECT time_zone FROM dashboard_settings WHERE id = 1 FOR UPDATE`)) as Array<{ time_zone: string }>;
        if (row?.time_zone === zone) return;
        await manager.query(`UPDATE dashboard_settings SET time_zone = $1, updated_at = now() WHERE id = 1`, [zone]);
        await manager.query(`SELECT settled_rollup_rebuild()`);
      });
      ready.catch(() => this.zones.delete(zone));
      this.zones.set(zone, ready);
    }
    return ready;
  }

  /**
   * 退回 within the period (the audit trail's assignment.return events), per group. Each event
   * looks up its assignment by id (LIMIT 1 keeps the look-up a nested one): the planner otherwise
   * hashed every assignment to join a few thousand events.
   */
  async returns(scope: FigureScope, groups: FigureGroup[]): Promise<CountRow[]> {
    const f = scope.figures;
    const rows = await this.run(
      scope,
      groups,
      'COUNT(*) AS value, 0 AS second',
      'FROM audit_events e JOIN LATERAL (SELECT * FROM assignments a WHERE a.id = e.entity_id LIMIT 1) a ON true',
      `e.action = 'assignment.return' AND e.entity_type = 'assignment' AND ${f.within('e.created_at')}`,
      {},
    );
    return this.counts(rows, groups);
  }

  /**
   * 报送及时率 per group: the reporting periods (libs/common) of each counted assignment's cadence
   * that end within the period and by today, counting from the one it was published in, while it
   * was still open at the period's end (value), and how many of them have a report (second).
   */
  async reportTimeliness(scope: FigureScope, groups: FigureGroup[], period: { start: string; end: string }, today: string, zone: string): Promise<CountRow[]> {
    const f = scope.figures;
    const cadences: string[] = [];
    const starts: string[] = [];
    const ends: string[] = [];
    for (const cadence of CADENCES) {
      for (const p of reportingPeriodsEndingWithin(cadence, period, today)) {
        cadences.push(cadence);
        starts.push(zonedInstant(p.start, '00:00', zone).toISOString());
        ends.push(zonedInstant(p.end, '00:00', zone).toISOString());
      }
    }
    if (cadences.length === 0) return [];
    // The latest report (last_report_at, kept by triggers) answers unless it came after the period
    // ended: none since it began (or none at all), no report in it; the latest one within it, a
    // report in it. CASE, not AND: a null last_report_at would still run the probe under AND.
    const reported = `(CASE WHEN a.last_report_at >= p.start_at THEN a.last_report_at < p.end_at
      OR EXISTS (SELECT 1 FROM progress_reports r WHERE r.assignment_id = a.id AND r.created_at >= p.start_at AND r.created_at < p.end_at) ELSE false END)`;
    // notSettled() changes no count (a settled row was completed before the period began, so before
    // any of its reporting periods ended) but lets the scan skip the history.
    const rows = await this.run(
      scope,
      groups,
      `COUNT(*) AS value, COUNT(*) FILTER (WHERE ${reported}) AS second`,
      `FROM assignments a JOIN unnest(CAST(:pCadences AS text[]), CAST(:pStarts AS timestamptz[]), CAST(:pEnds AS timestamptz[])) AS p(cadence, start_at, end_at) ON p.cadence = a.cadence`,
      `${f.counted()}${f.settledMonth() ? ` AND ${f.notSettled()}` : ''} AND a.created_at < p.end_at
        AND NOT (a.state = 'completed' AND COALESCE(a.completed_at < p.end_at, true))
        AND NOT (a.state = 'cancelled' AND COALESCE(a.cancelled_at < p.end_at, true))`,
      { pCadences: cadences, pStarts: starts, pEnds: ends },
    );
    return this.counts(rows, groups);
  }

  /**
   * The trend, every period (week) at once, in one statement: published and completed within each,
   * completed on time within it, overdue at its end. Each assignment is joined only to the weeks it
   * counts in for one of the four (its publication's week, its completion's week, the week ends it
   * was overdue at), so the statement reads the period's activity and the work open within it, not
   * every week times every assignment.
   */
  async trend(scope: FigureScope, weeks: AssignmentFigures[]): Promise<Array<{ created: number; completed: number; completedOnTime: number; overdue: number }>> {
    if (weeks.length === 0) return [];
    const f = AssignmentFigures.overPeriods('w', scope.figures.zone);
    const rows = weeks.map((week) => week.periodRow());
    const col = <K extends keyof PeriodRow>(key: K) => rows.map((r) => (r[key] instanceof Date ? (r[key] as Date).toISOString() : r[key]));
    const periods = `unnest(CAST(:wStart AS timestamptz[]), CAST(:wEnd AS timestamptz[]), CAST(:wRef AS timestamptz[]), CAST(:wRefDay AS date[]),
        CAST(:wDueLimit AS date[]), CAST(:wCurrent AS boolean[])) WITH ORDINALITY AS w(start_at, end_at, ref, ref_day, due_limit, current, k)`;
    const [first] = rows as [PeriodRow];
    const last = rows[rows.length - 1] as PeriodRow;
    const parts = [
      { value: 'created', range: f.publishedIn(), rest: f.counted() },
      { value: 'completed', range: f.completedIn(), rest: f.counted() },
      { value: 'on_time', range: f.completedIn(), rest: `${f.counted()} AND ${f.completedOnTime()}` },
    ].map(
      // Counted per week by a subquery over that week's rows, found by the one index range its
      // WHERE holds (created_at, completed_at); the rest is a FILTER, so that the planner neither
      // reads every completed row of the history per week (a join did) nor ANDs in the
      // created_at index for "published before the week's end" (most of the table).
      // The organization scope is part of the FILTER too: in the WHERE the planner ANDed in the
      // organization index, every assignment of the organization's history, once per week.
      (part) => {
        const rest = scope.organizationIds ? `${part.rest} AND a.organization_id IN (:...scopeOrganizations)` : part.rest;
        const count = this.statement({ ...scope, organizationIds: null }, [], `COUNT(*) FILTER (WHERE ${rest})`, 'FROM assignments a', part.range);
        return `SELECT w.k, '${part.value}' AS figure, (${count}) AS n FROM ${periods}`;
      },
    );
    // Overdue at a week's end, over the scoped rows open at some week's end (open now, or closed
    // after the first week began). A row whose due date never moved (no approved extension) is
    // counted and overdue at a run of consecutive weeks, read off the sorted week bounds with
    // width_bucket (how many bounds are <= the value): from the week after both its publication
    // (created_at < the week's end) and its due date (due < the week's day), to the last week it
    // was not yet withdrawn at the start of (cancelled_at >= start) and still open at the end of
    // (open now; or completed / cancelled at or after the week's ref, in a week that has ended).
    // The runs counted per (first, last) and summed up week by week give the counts: one pass over
    // the rows instead of one per row per week. The rows with an approved
    // extension (the due date in force changes with the week) are joined to the weeks as before.
    const history = rows.filter((r) => !r.current).length;
    // The rows with an extension are found from the approved requests (a few thousand look-ups by
    // id), not by reading the current work and probing each.
    const approved = `SELECT e.assignment_id FROM extension_requests e WHERE e.state = 'approved'`;
    const open = (moved: boolean) =>
      this.statement(
        scope,
        [],
        'a.*',
        moved ? `FROM (SELECT DISTINCT assignment_id FROM (${approved}) x) moved JOIN assignments a ON a.id = moved.assignment_id` : 'FROM assignments a',
        `a.created_at < :wLast AND (a.state IN (${OPEN_STATES}) OR a.completed_at >= :wFirst OR (a.state = 'cancelled' AND a.cancelled_at >= :wFirst))
          ${moved ? '' : `AND a.id NOT IN (${approved}) AND a.due_date IS NOT NULL`}`,
      );
    parts.push(`SELECT w.k, 'overdue' AS figure, COUNT(*) AS n FROM (${open(true)} OFFSET 0) a JOIN ${periods} ON ${f.counted()} AND ${f.overdue()} GROUP BY w.k`);
    const closedAt = `(CASE a.state WHEN 'completed' THEN a.completed_at WHEN 'cancelled' THEN a.cancelled_at END)`;
    const run = `SELECT GREATEST(width_bucket(a.created_at, CAST(:wEnd AS timestamptz[])), width_bucket(a.due_date, CAST(:wRefDay AS date[]))) + 1 AS first,
        LEAST(
          CASE WHEN a.state = 'cancelled' THEN COALESCE(width_bucket(a.cancelled_at, CAST(:wStart AS timestamptz[])), 0) ELSE ${rows.length} END,
          CASE WHEN a.state IN (${OPEN_STATES}) THEN ${rows.length}
            ELSE LEAST(${history}, COALESCE(width_bucket(${closedAt}, CAST(:wRef AS timestamptz[])), 0)) END) AS last
      FROM (${open(false)} OFFSET 0) a`;
    // Each part counted per week (no sort of the joined rows), the parts side by side; the runs
    // counted per (first, last) week beside them.
    const text = parts.join('\nUNION ALL\n');
    const params = {
      ...scope.figures.params,
      ...this.scopeParams(scope),
      wStart: col('start_at'),
      wEnd: col('end_at'),
      wRef: col('ref'),
      wRefDay: col('ref_day'),
      wDueLimit: col('due_limit'),
      wCurrent: col('current'),
      wFirst: first.start_at,
      wLast: last.end_at,
    };
    const [result, runRows] = await Promise.all([
      this.query(text, params),
      this.query(`SELECT r.first, r.last, COUNT(*) AS n FROM (${run}) r WHERE r.first <= r.last GROUP BY r.first, r.last`, params),
    ]);
    const out = rows.map(() => ({ created: 0, completed: 0, completedOnTime: 0, overdue: 0 }));
    const field = { created: 'created', completed: 'completed', on_time: 'completedOnTime', overdue: 'overdue' } as const;
    for (const r of result) {
      const week = out[Number(r['k']) - 1];
      if (week) week[field[r['figure'] as keyof typeof field]] = Number(r['n']);
    }
    // A run of weeks [first, last] (1-based): +n at its first week, -n after its last, summed up.
    const steps = rows.map(() => 0);
    for (const r of runRows) {
      const n = Number(r['n']);
      steps[Number(r['first']) - 1] = (steps[Number(r['first']) - 1] ?? 0) + n;
      if (Number(r['last']) < steps.length) steps[Number(r['last'])] = (steps[Number(r['last'])] ?? 0) - n;
    }
    let running = 0;
    out.forEach((week, k) => {
      running += steps[k] ?? 0;
      week.overdue += running;
    });
    return out;
  }

  /**
   * The `limit` most recent speeches (speech date, newest first) with counted work in the scope:
   * speeches walked newest first, each probed for one counted assignment (items by speech, then
   * assignments by item), so the cost is that of the speeches shown, not of the whole history.
   */
  async recentSpeeches(scope: FigureScope, limit: number): Promise<SpeechRow[]> {
    const rows = await this.query(this.recentSpeechesQuery(scope, limit, `s.id, s.title, to_char(s.date, 'YYYY-MM-DD') AS date`), {
      ...scope.figures.params,
      ...this.scopeParams(scope),
    });
    return rows.map((r) => ({ id: String(r['id']), title: String(r['title']), date: (r['date'] as string | null) ?? null }));
  }

  /** recentSpeeches' statement, selecting `columns` of each speech. */
  private recentSpeechesQuery(scope: FigureScope, limit: number, columns: string): string {
    const probe = this.statement(scope, [], '1', 'FROM assignments a', `i.speech_id = s.id AND ${scope.figures.counted()}`, '', 'LIMIT 1', false, true);
    return `SELECT ${columns} FROM speeches s WHERE EXISTS (${probe}) ORDER BY s.date DESC NULLS LAST, s.id LIMIT ${Math.trunc(limit)}`;
  }

  /** Counted assignments meeting `condition`, with what the scorecard, the board and the 通报 show of each. */
  async assignments(scope: FigureScope, condition: string, limit: number | null, order = 'due_at ASC NULLS LAST, a.id'): Promise<AssignmentFigureRow[]> {
    const f = scope.figures;
    const rows = await this.run(
      scope,
      [],
      `a.id, a.item_id, i.title AS item_title, s.title AS speech_title, a.organization_id, o.name AS organization_name,
       a.role, a.state, to_char(${f.dueAt()}, 'YYYY-MM-DD') AS due_at, ${f.percent()} AS percent, a.completed_at, ${f.daysLate()} AS days_late,
       ${f.light()} AS light, ${f.overdue()} AS overdue`,
      'FROM assignments a JOIN organizations o ON o.id = a.organization_id',
      `${f.counted()} AND ${condition}`,
      {},
      `LEFT JOIN speeches s ON s.id = i.speech_id`,
      `ORDER BY ${order}${limit === null ? '' : ` LIMIT ${Math.trunc(limit)}`}`,
    );
    return rows.map((r) => ({
      id: String(r['id']),
      itemId: String(r['item_id']),
      itemTitle: String(r['item_title']),
      speechTitle: (r['speech_title'] as string | null) ?? null,
      organizationId: String(r['organization_id']),
      organizationName: String(r['organization_name']),
      role: r['role'] as 'lead' | 'support',
      state: String(r['state']),
      dueDate: (r['due_at'] as string | null) ?? null,
      percent: Number(r['percent']),
      completedAt: r['completed_at'] ? new Date(r['completed_at'] as string).toISOString() : null,
      daysLate: r['days_late'] === null ? null : Number(r['days_late']),
      light: (r['light'] as Light | null) ?? null,
      overdue: Boolean(r['overdue']),
    }));
  }

  /**
   * One statement: `select` over `from` joined to items (and the outline when grouping by section),
   * scoped and grouped. With `rowColumns`, the scoped rows and those columns form a subquery `x`
   * (kept apart with OFFSET 0, so each column is computed once per row) that `select` aggregates.
   */
  private async run(
    scope: FigureScope,
    groups: FigureGroup[],
    select: string,
    from: string,
    where: string,
    extra: Record<string, unknown>,
    joins = '',
    tail = '',
    rowColumns?: string,
    rollUp = false,
  ): Promise<Array<Record<string, unknown>>> {
    const params = { ...scope.figures.params, ...this.scopeParams(scope), ...extra };
    if (!rowColumns) return this.query(this.statement(scope, groups, select, from, where, joins, tail), params);
    const keys = groups.map((_, i) => `g${i}`);
    const inner = this.statement(scope, groups, rowColumns, from, where, joins, '', false);
    const by = rollUp ? `GROUPING SETS ((${keys[0]}), (${keys.join(', ')}))` : keys.join(', ');
    const text = `SELECT ${[...keys, select].join(', ')} FROM (${inner} OFFSET 0) x
      ${keys.length ? `GROUP BY ${by}` : ''} ${tail}`;
    return this.query(text, params);
  }

  /**
   * Items are joined only when something reads them (a speech in the scope or the groups, the
   * extra joins, `withItems`): at 100,000 assignments hashing every item cost more than the figures.
   */
  private statement(scope: FigureScope, groups: FigureGroup[], select: string, from: string, where: string, joins = '', tail = '', grouped = true, withItems = false): string {
    const conditions = [where];
    if (scope.organizationIds) conditions.push('a.organization_id IN (:...scopeOrganizations)');
    if (scope.speechId) conditions.push('i.speech_id = :scopeSpeech');
    if (scope.recentSpeeches) conditions.push(`i.speech_id IN (${this.recentSpeechesQuery({ ...scope, recentSpeeches: undefined }, scope.recentSpeeches, 's.id')})`);
    if (groups.includes('speech')) conditions.push('i.speech_id IS NOT NULL');
    const items = withItems || joins !== '' || scope.speechId !== null || scope.recentSpeeches !== undefined || groups.some((g) => g === 'speech' || g === 'section');
    const withTree = groups.includes('section');
    const tree = withTree
      ? `WITH RECURSIVE tree AS (
           SELECT id, id AS root FROM items WHERE parent_id IS NULL${scope.speechId ? ' AND speech_id = :scopeSpeech' : ' AND speech_id IS NOT NULL'}
           UNION ALL SELECT c.id, t.root FROM items c JOIN tree t ON c.parent_id = t.id)\n`
      : '';
    const keys = groups.map((g, i) => `${GROUP_SQL[g]} AS g${i}`);
    return `${tree}SELECT ${[...keys, select].join(', ')}
      ${from}${items ? ' JOIN items i ON i.id = a.item_id' : ''}${withTree ? ' JOIN tree ON tree.id = a.item_id' : ''} ${joins}
      WHERE ${conditions.join(' AND ')}
      ${grouped && groups.length ? `GROUP BY ${groups.map((_, i) => `g${i}`).join(', ')}` : ''} ${tail}`;
  }

  private scopeParams(scope: FigureScope): Record<string, unknown> {
    const params: Record<string, unknown> = {};
    if (scope.organizationIds) params['scopeOrganizations'] = scope.organizationIds.length ? scope.organizationIds : [NIL_UUID];
    if (scope.speechId) params['scopeSpeech'] = scope.speechId;
    return params;
  }

  /**
   * Runs a statement; one already running with the same text and values (the 看板's summary and
   * ranking ask for the same figures at the same moment) is joined rather than run again. Nothing
   * is kept once it has answered: an answer is never older than one run of its statement.
   */
  private query(text: string, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(text, params);
    const key = `${sql}\u0000${JSON.stringify(values)}`;
    const running = this.running.get(key);
    if (running) return running;
    const answer = (this.dataSource.query(sql, values) as Promise<Array<Record<string, unknown>>>).finally(() => this.running.delete(key));
    this.running.set(key, answer);
    return answer;
  }

  private counts(rows: Array<Record<string, unknown>>, groups: FigureGroup[]): CountRow[] {
    return rows.map((r) => ({
      keys: groups.map((_, i) => (r[`g${i}`] as string | null) ?? null),
      value: Number(r['value']),
      second: Number(r['second']),
    }));
  }
}
