import { Injectable } from '@nestjs/common';
import { CADENCES, reportingPeriodsEndingWithin, zonedInstant, type Light, type ScorecardAssignment, type ScoringSchemeRules } from '@luoshi/common';
import { DataSource } from 'typeorm';
import type { AssignmentFigures } from '../assignments/assignment-figures.sql';

/** Which assignments a dashboard request covers, and over which period. */
export interface FigureScope {
  figures: AssignmentFigures;
  /** null: every organization. */
  organizationIds: string[] | null;
  speechId: string | null;
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

/** One assignment as the scorecard, the speech board and the 通报 list it. */
export interface AssignmentFigureRow extends ScorecardAssignment {
  itemId: string;
  light: Light | null;
  overdue: boolean;
}

export interface CountRow {
  keys: Array<string | null>;
  value: number;
  second: number;
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * The leaders' view aggregates, each one SQL statement over the counted set (AssignmentFigures'
 * definitions), grouped as asked. Nothing here reads rows into memory to count them.
 */
@Injectable()
export class DashboardFiguresRepository {
  constructor(private readonly dataSource: DataSource) {}

  async figures(scope: FigureScope, groups: FigureGroup[], rules?: ScoringSchemeRules): Promise<FigureRow[]> {
    const f = scope.figures;
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
      `AVG(${f.percent()}) AS percent`,
      `${n(`${f.completedIn()} AND ${f.dueAt()} - ${f.completionDay()} >= CAST(:earlyDays AS integer)`)} AS completed_early`,
    ];
    const rows = await this.run(scope, groups, select.join(',\n'), 'FROM assignments a', f.counted(), {
      dayPenalty: rules?.overdueDayPenalty ?? 0,
      dayCap: rules?.overdueDayCap ?? 0,
      earlyDays: rules?.earlyDays ?? 0,
    });
    return rows.map((r) => ({
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
      percent: r['percent'] === null ? null : Number(r['percent']),
      completedEarly: Number(r['completed_early']),
    }));
  }

  /** 退回 within the period (the audit trail's assignment.return events), per group. */
  async returns(scope: FigureScope, groups: FigureGroup[]): Promise<CountRow[]> {
    const f = scope.figures;
    const rows = await this.run(
      scope,
      groups,
      'COUNT(*) AS value, 0 AS second',
      'FROM audit_events e JOIN assignments a ON a.id = e.entity_id',
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
    const reported = `EXISTS (SELECT 1 FROM progress_reports r WHERE r.assignment_id = a.id AND r.created_at >= p.start_at AND r.created_at < p.end_at)`;
    const rows = await this.run(
      scope,
      groups,
      `COUNT(*) AS value, COUNT(*) FILTER (WHERE ${reported}) AS second`,
      `FROM assignments a JOIN unnest(CAST(:pCadences AS text[]), CAST(:pStarts AS timestamptz[]), CAST(:pEnds AS timestamptz[])) AS p(cadence, start_at, end_at) ON p.cadence = a.cadence`,
      `${f.counted()} AND a.created_at < p.end_at
        AND NOT (a.state = 'completed' AND COALESCE(a.completed_at < p.end_at, true))
        AND NOT (a.state = 'cancelled' AND COALESCE(a.cancelled_at < p.end_at, true))`,
      { pCadences: cadences, pStarts: starts, pEnds: ends },
    );
    return this.counts(rows, groups);
  }

  /**
   * The week's trend figures: published and completed within it, completed on time within it,
   * overdue at its end (the scope's `figures` are the week's).
   */
  async trend(scope: FigureScope): Promise<{ created: number; completed: number; completedOnTime: number; overdue: number }> {
    const f = scope.figures;
    const [row] = await this.run(
      scope,
      [],
      [
        `COUNT(*) FILTER (WHERE ${f.publishedIn()}) AS created`,
        `COUNT(*) FILTER (WHERE ${f.completedIn()}) AS completed`,
        `COUNT(*) FILTER (WHERE ${f.completedIn()} AND ${f.completedOnTime()}) AS on_time`,
        `COUNT(*) FILTER (WHERE ${f.overdue()}) AS overdue`,
      ].join(', '),
      'FROM assignments a',
      f.counted(),
      {},
    );
    return {
      created: Number(row?.['created'] ?? 0),
      completed: Number(row?.['completed'] ?? 0),
      completedOnTime: Number(row?.['on_time'] ?? 0),
      overdue: Number(row?.['overdue'] ?? 0),
    };
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

  /** One statement: `select` over `from` joined to items (and the outline when grouping by section), scoped and grouped. */
  private async run(
    scope: FigureScope,
    groups: FigureGroup[],
    select: string,
    from: string,
    where: string,
    extra: Record<string, unknown>,
    joins = '',
    tail = '',
  ): Promise<Array<Record<string, unknown>>> {
    const params: Record<string, unknown> = { ...scope.figures.params, ...extra };
    const conditions = [where];
    if (scope.organizationIds) {
      conditions.push('a.organization_id IN (:...scopeOrganizations)');
      params['scopeOrganizations'] = scope.organizationIds.length ? scope.organizationIds : [NIL_UUID];
    }
    if (scope.speechId) {
      conditions.push('i.speech_id = :scopeSpeech');
      params['scopeSpeech'] = scope.speechId;
    }
    if (groups.includes('speech')) conditions.push('i.speech_id IS NOT NULL');
    const withTree = groups.includes('section');
    const tree = withTree
      ? `WITH RECURSIVE tree AS (
           SELECT id, id AS root FROM items WHERE parent_id IS NULL${scope.speechId ? ' AND speech_id = :scopeSpeech' : ' AND speech_id IS NOT NULL'}
           UNION ALL SELECT c.id, t.root FROM items c JOIN tree t ON c.parent_id = t.id)\n`
      : '';
    const keys = groups.map((g, i) => `${GROUP_SQL[g]} AS g${i}`);
    const text = `${tree}SELECT ${[...keys, select].join(', ')}
      ${from} JOIN items i ON i.id = a.item_id${withTree ? ' JOIN tree ON tree.id = a.item_id' : ''} ${joins}
      WHERE ${conditions.join(' AND ')}
      ${groups.length ? `GROUP BY ${groups.map((_, i) => `g${i}`).join(', ')}` : ''} ${tail}`;
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(text, params);
    return this.dataSource.query(sql, values);
  }

  private counts(rows: Array<Record<string, unknown>>, groups: FigureGroup[]): CountRow[] {
    return rows.map((r) => ({
      keys: groups.map((_, i) => (r[`g${i}`] as string | null) ?? null),
      value: Number(r['value']),
      second: Number(r['second']),
    }));
  }
}
