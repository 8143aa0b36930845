import {
  addDays,
  CADENCES,
  DEFAULT_WARNING_DAYS,
  OPEN_ASSIGNMENT_STATES,
  periodContaining,
  previousPeriod,
  referenceDay,
  zonedInstant,
} from '@luoshi/common';

const OPEN = OPEN_ASSIGNMENT_STATES.map((s) => `'${s}'`).join(', ');
/** The granularity of the reference instant while it is now (see the constructor). */
const REF_BUCKET_MS = 60_000;

/** The counted period: [from, to) in the office zone; either bound may be absent (the list without one). */
export interface FigureWindow {
  from: string | null;
  to: string | null;
}

/**
 * The columns of a relation of periods (alias `w`) that stand in for one window's parameters, so
 * that one statement computes the figures of many periods (the trend's weeks): each row carries
 * what `AssignmentFigures.periodRow` returns for its period.
 */
const PERIOD_COLUMNS = { Start: 'start_at', End: 'end_at', Ref: 'ref', RefDay: 'ref_day', DueLimit: 'due_limit' } as const;
type PeriodColumn = keyof typeof PERIOD_COLUMNS;

/** One period as a row of the periods relation (see PERIOD_COLUMNS). */
export interface PeriodRow {
  start_at: Date;
  end_at: Date;
  ref: Date;
  ref_day: string;
  due_limit: string;
  current: boolean;
}

/**
 * The leaders' view definitions as SQL over the assignment alias `a`, for one period: the one place
 * the dashboard's counts and the assignments list's drill-down filters come from, so that a card's
 * count is the list's total. State at the reference instant (ref = min(now, the period's end)) is
 * read from the timestamps (completed_at, cancelled_at) and the due date in force then from the
 * approved extension requests; without a period end, ref is now and the current columns are read.
 * Parameters (prefixed, so that two windows never share one) come from `params`; the reporting
 * periods come from libs/common, never re-derived in SQL.
 */
export class AssignmentFigures {
  readonly params: Record<string, string | number | Date>;
  /** The day 超期 is measured against: the period's last day, or today while it runs. */
  readonly refDay: string;
  /** The reference instant: min(now, the period's end). */
  private readonly ref: Date;
  /** ref = now: the current state columns say everything (cheaper, and index-friendly). */
  private readonly current: boolean;
  /** Set for figures over a periods relation: its alias (each row's period replaces the parameters). */
  private periods: string | null = null;
  /** Set for figures over a relation of `rowColumns()`: its alias (each assignment's values computed once). */
  private row: string | null = null;

  constructor(
    readonly window: FigureWindow,
    now: Date,
    today: string,
    readonly zone: string,
    private readonly p = 'fig',
  ) {
    const end = window.to ? zonedInstant(window.to, '00:00', zone) : null;
    const ref = end && end < now ? end : now;
    this.current = ref === now;
    this.ref = ref;
    this.refDay = window.to ? referenceDay({ start: window.from ?? window.to, end: window.to }, today) : today;
    this.params = {
      [`${p}Zone`]: zone,
      // While ref is now it only bounds report times (the missed-report check), and no report is
      // later than now: the next whole minute bounds them alike, and keeps the statement's
      // parameters, so the totals ListCountCache keeps for them, the same for a minute.
      [`${p}Ref`]: this.current ? new Date(Math.ceil(now.getTime() / REF_BUCKET_MS) * REF_BUCKET_MS) : ref,
      [`${p}RefDay`]: this.refDay,
      [`${p}DueLimit`]: window.to ?? addDays(today, 1),
    };
    if (window.from) {
      const start = zonedInstant(window.from, '00:00', zone);
      this.params[`${p}Start`] = start;
      this.params[`${p}Settled`] = `${start.toISOString().slice(0, 7)}-01`;
    }
    if (end) this.params[`${p}End`] = end;
    for (const cadence of CADENCES) {
      const period = periodContaining(cadence, this.refDay);
      this.params[`${p}Cur_${cadence}`] = zonedInstant(period.start, '00:00', zone);
      this.params[`${p}Last_${cadence}`] = zonedInstant(previousPeriod(cadence, period).start, '00:00', zone);
    }
  }

  /**
   * The same definitions over a relation of periods aliased `alias` (rows from `periodRow`), for
   * the periods within this window: both bounds are then always present, and whether a row's
   * reference is now is read from its `current` column.
   */
  static overPeriods(alias: string, zone: string, p = 'fig'): AssignmentFigures {
    const figures = new AssignmentFigures({ from: '1970-01-05', to: '1970-01-12' }, new Date(0), '1970-01-05', zone, p);
    figures.periods = alias;
    return figures;
  }

  /**
   * What every figure reads of one assignment, computed once per row (the due date in force, open,
   * completed, its day, …): the select list of a subquery whose alias `overRows` reads. An aggregate
   * over it evaluates the extension look-ups, the time-zone conversion and the report check once per
   * assignment instead of once per figure.
   */
  rowColumns(): string {
    return [
      `${this.dueAt()} AS due_at`,
      `${this.openAt()} AS open_at`,
      `${this.completed()} AS done`,
      `${this.completionDay()} AS done_day`,
      `${this.completedIn()} AS done_in`,
      `(CASE WHEN ${this.openAt()} THEN ${this.missedCore()} ELSE false END) AS missed`,
      `a.percent AS percent`,
    ].join(', ');
  }

  /** The same definitions over a subquery of `rowColumns()` aliased `alias`. */
  overRows(alias: string): AssignmentFigures {
    const figures = Object.assign(Object.create(AssignmentFigures.prototype) as AssignmentFigures, this);
    figures.row = alias;
    return figures;
  }

  /** This window as a row of a periods relation (see overPeriods). */
  periodRow(): PeriodRow {
    return {
      start_at: this.params[`${this.p}Start`] as Date,
      end_at: this.params[`${this.p}End`] as Date,
      ref: this.ref,
      ref_day: this.refDay,
      due_limit: String(this.params[`${this.p}DueLimit`]),
      current: this.current,
    };
  }

  /** A window value: its parameter, or the periods relation's column. */
  private v(name: PeriodColumn): string {
    return this.periods ? `${this.periods}.${PERIOD_COLUMNS[name]}` : `:${this.p}${name}`;
  }

  /** The cheaper expression while ref is now, the one reading history otherwise. */
  private atRef(now: string, history: () => string): string {
    if (this.periods) return `(CASE WHEN ${this.periods}.current THEN ${now} ELSE ${history()} END)`;
    return this.current ? now : history();
  }

  /**
   * The first UTC month (YYYY-MM-01) the settled roll-up (settled_assignment_rollups) is not read
   * for: that of the period's start, so every month read ended before the period began. Null
   * without a start or over a periods relation.
   */
  settledMonth(): string | null {
    return this.periods ? null : ((this.params[`${this.p}Settled`] as string | undefined) ?? null);
  }

  /**
   * Rows the roll-up's months before `settledMonth()` do not hold (settled_month()): not completed,
   * or completed or due in that month or later. Spelled as terms an index serves each (open
   * states, counted cancellations, completion time, due date): the rows of the current work.
   */
  notSettled(): string {
    const month = `CAST(:${this.p}Settled AS date)`;
    return `(a.state IN (${OPEN}) OR (a.state = 'cancelled' AND a.cancelled_at >= ${this.v('Start')})
      OR a.completed_at >= CAST(${month} AS timestamp) AT TIME ZONE 'UTC' OR (a.state = 'completed' AND a.due_date >= ${month}))`;
  }

  /** Not cancelled before the period's start. */
  countedFrom(): string {
    return `(a.state <> 'cancelled' OR a.cancelled_at >= ${this.v('Start')})`;
  }

  /** Published before the period's end. */
  countedTo(): string {
    return `a.created_at < ${this.v('End')}`;
  }

  /** The counted set: published before the end and not cancelled before the start. */
  counted(): string {
    const parts = [this.window.from ? this.countedFrom() : null, this.window.to ? this.countedTo() : null].filter(Boolean);
    return parts.length ? `(${parts.join(' AND ')})` : 'true';
  }

  /** The due date in force at ref: the last extension approved before it, else the original one. */
  dueAt(): string {
    if (this.row) return `${this.row}.due_at`;
    return this.atRef('a.due_date', () => {
      const approved = `FROM extension_requests e WHERE e.assignment_id = a.id AND e.state = 'approved'`;
      const ref = this.v('Ref');
      // Most assignments never had an extension: one hashed look-up tells, before the two ordered ones.
      return `(CASE WHEN a.id IN (SELECT e.assignment_id FROM extension_requests e WHERE e.state = 'approved') THEN COALESCE(
      (SELECT e.new_due_date ${approved} AND e.decided_at < ${ref} ORDER BY e.decided_at DESC LIMIT 1),
      (SELECT e.current_due_date ${approved} AND e.decided_at >= ${ref} ORDER BY e.decided_at ASC LIMIT 1),
      a.due_date) ELSE a.due_date END)`;
    });
  }

  openAt(): string {
    if (this.row) return `${this.row}.open_at`;
    return this.atRef(`a.state IN (${OPEN})`, () => {
      const ref = this.v('Ref');
      // A completed or cancelled row without its time was closed long ago (never null: the light's
      // CASE would read a null as open).
      return `(a.state IN (${OPEN}) OR (a.state = 'completed' AND COALESCE(a.completed_at >= ${ref}, false)) OR (a.state = 'cancelled' AND COALESCE(a.cancelled_at >= ${ref}, false)))`;
    });
  }

  /** Completed before ref (a completed row without its time counts as completed long ago). */
  completed(): string {
    if (this.row) return `${this.row}.done`;
    return this.atRef(`a.state = 'completed'`, () => `(a.state = 'completed' AND COALESCE(a.completed_at < ${this.v('Ref')}, true))`);
  }

  completionDay(): string {
    if (this.row) return `${this.row}.done_day`;
    return `CAST(a.completed_at AT TIME ZONE :${this.p}Zone AS date)`;
  }

  /** 应办结: due before the period's end (without one: by today). */
  dueBy(): string {
    return `(${this.dueAt()} < ${this.day('DueLimit')})`;
  }

  /** A window day (RefDay, DueLimit) as a date. */
  private day(name: 'RefDay' | 'DueLimit'): string {
    return this.periods ? this.v(name) : `CAST(${this.v(name)} AS date)`;
  }

  /** Completed before ref, on or before the due date in force (whenever that due date falls). */
  completedOnTime(): string {
    return `(${this.completed()} AND ${this.completionDay()} <= ${this.dueAt()})`;
  }

  completedLate(): string {
    return `(${this.completed()} AND ${this.completionDay()} > ${this.dueAt()})`;
  }

  overdue(): string {
    return `(${this.openAt()} AND ${this.dueAt()} < ${this.day('RefDay')})`;
  }

  dueSoon(): string {
    const due = this.dueAt();
    const day = this.day('RefDay');
    return `(${this.openAt()} AND ${due} >= ${day} AND ${due} - ${day} <= ${DEFAULT_WARNING_DAYS})`;
  }

  /** The last reporting period ended by refDay (counting from publication) had no report before ref. */
  private missedCore(): string {
    if (this.row) return `${this.row}.missed`;
    if (this.periods) throw new Error('AssignmentFigures: missed reports are not defined over a periods relation');
    const cur = CADENCES.map((c) => `WHEN '${c}' THEN CAST(:${this.p}Cur_${c} AS timestamptz)`).join(' ');
    const last = CADENCES.map((c) => `WHEN '${c}' THEN CAST(:${this.p}Last_${c} AS timestamptz)`).join(' ');
    const since = `(CASE a.cadence ${last} END)`;
    const ref = this.v('Ref');
    // last_report_at (kept by triggers) answers unless the latest report is at or after ref.
    return `(a.cadence IS NOT NULL AND a.created_at < (CASE a.cadence ${cur} END)
      AND (CASE WHEN a.last_report_at IS NULL THEN true
        WHEN a.last_report_at < ${ref} THEN a.last_report_at < ${since}
        ELSE NOT EXISTS (SELECT 1 FROM progress_reports r WHERE r.assignment_id = a.id AND r.created_at >= ${since} AND r.created_at < ${ref}) END))`;
  }

  reportMissed(): string {
    return `(${this.openAt()} AND ${this.missedCore()})`;
  }

  /** deriveAssignmentStatus's light, at ref: red overdue, yellow due soon or a missed report, else green. */
  light(): string {
    const due = this.dueAt();
    const day = this.day('RefDay');
    return `(CASE
      WHEN NOT ${this.openAt()} THEN NULL
      WHEN ${due} < ${day} THEN 'red'
      WHEN ${due} - ${day} <= ${DEFAULT_WARNING_DAYS} THEN 'yellow'
      WHEN ${this.missedCore()} THEN 'yellow'
      ELSE 'green' END)`;
  }

  /**
   * The light filter. Red alone is exactly overdue (no CASE, no report lookup: the partial index
   * on open assignments serves it, and without the moment `ref` in its parameters its total is
   * kept by ListCountCache); other lights are looked for among open assignments only, which is
   * all the CASE gives a light to.
   */
  lightIn(param: string, lights: readonly string[]): string {
    if (lights.length > 0 && lights.every((l) => l === 'red')) return this.overdue();
    return `(${this.openAt()} AND ${this.light()} IN (:...${param}))`;
  }

  /** Completed late, or overdue at ref: what 平均超期天数 averages over. */
  late(): string {
    return `(${this.completedLate()} OR ${this.overdue()})`;
  }

  /** Calendar days late: completion day (or refDay while overdue) − due date; null when not late. */
  daysLate(): string {
    return `(CASE WHEN ${this.completedLate()} THEN ${this.completionDay()} - ${this.dueAt()}
      WHEN ${this.overdue()} THEN ${this.day('RefDay')} - ${this.dueAt()} END)`;
  }

  publishedIn(): string {
    return this.within('a.created_at');
  }

  /** Completed within the period. */
  completedIn(): string {
    if (this.row) return `${this.row}.done_in`;
    return `(a.state = 'completed' AND ${this.within('a.completed_at')})`;
  }

  /** Percent, a completed one counting 100. */
  percent(): string {
    return `(CASE WHEN ${this.completed()} THEN 100 ELSE ${this.row ?? 'a'}.percent END)`;
  }

  /** Days overdue at refDay (meaningful where `overdue` holds). */
  overdueDays(): string {
    return `(${this.day('RefDay')} - ${this.dueAt()})`;
  }

  /** An instant column within the period [from, to). */
  within(column: string): string {
    const parts = [this.window.from ? `${column} >= ${this.v('Start')}` : null, this.window.to ? `${column} < ${this.v('End')}` : null].filter(Boolean);
    return parts.length ? `(${parts.join(' AND ')})` : `${column} IS NOT NULL`;
  }
}

/** The item and every item below it (a section's directives), as a subquery over items. */
export function itemSubtreeSql(param: string): string {
  return `(WITH RECURSIVE sub AS (SELECT id FROM items WHERE id = :${param}
    UNION ALL SELECT i.id FROM items i JOIN sub ON i.parent_id = sub.id) SELECT id FROM sub)`;
}
