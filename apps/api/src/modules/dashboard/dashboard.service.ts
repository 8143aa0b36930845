import { Injectable } from '@nestjs/common';
import {
  addDays,
  daysBetween,
  DEFAULT_WARNING_DAYS,
  dashboardPeriod,
  DEFAULT_DASHBOARD_SPEECHES,
  isOrganizationRole,
  MAX_DASHBOARD_PERIOD_DAYS,
  organizationScore,
  weeksOverlapping,
  type AssignmentListFilter,
  type Count,
  type DashboardScope,
  type DashboardSummary,
  type Heatmap,
  type HeatmapCell,
  type Light,
  type OrganizationFigures,
  type OrganizationRanking,
  type OrganizationRankingRow,
  type ProgressFigures,
  type Rate,
  type ReportingPeriod,
  type Scorecard,
  type ScorecardAssignment,
  type ScoringSchemeRules,
  type SpeechBoard,
  type SpeechBoardNode,
  type SpeechProgress,
  type WeeklyTrend,
} from '@luoshi/common';
import { Item, Organization, Speech } from '@luoshi/data';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { AppException, notFound } from '../../core/http/app.exception';
import { ClockService } from '../../core/time/clock.service';
import { AssignmentFigures } from '../assignments/assignment-figures.sql';
import { ScoringSchemesService } from '../scoring-schemes/scoring-schemes.service';
import { DashboardFiguresRepository, EMPTY_ROW, type AssignmentFigureRow, type CountRow, type FigureGroup, type FigureRow, type FigureScope, type SpeechRow } from './dashboard-figures.repository';
import type { DashboardQueryDto, HeatmapQueryDto, PeriodDto, SpeechesQueryDto } from './dashboard-query.dto';

/** The speeches a progress chart or heatmap covers: `listed` null when the request chose one (the scope says which). */
interface SpeechSelectionScope {
  scope: FigureScope;
  limit: number;
  /** The `limit` + 1 most recent (one more tells that there are more), read beside the figures. */
  listed: Promise<SpeechRow[]> | null;
}

/** A request's period and scope, resolved and checked. */
export interface ResolvedScope extends FigureScope {
  period: ReportingPeriod;
  scope: DashboardScope;
}

const LIST_LIMIT = 50;
/** Chinese collation, made once (localeCompare with a locale builds one per call). */
const ZH = new Intl.Collator('zh');
/** A speech's id, title and date (as the entity reads it: YYYY-MM-DD) in raw SQL. */
const SPEECH_COLUMNS = `id, title, to_char(date, 'YYYY-MM-DD') AS date`;
const HIGHLIGHTED = 3;
/** Speeches newest first (speech date), then by title. */
const newestFirst = (a: { date: string | null; title: string }, b: { date: string | null; title: string }) =>
  (b.date ?? '').localeCompare(a.date ?? '') || ZH.compare(a.title, b.title);

const rate = (numerator: number, denominator: number): Rate => ({
  value: denominator === 0 ? null : numerator / denominator,
  numerator,
  denominator,
});

const keyOf = (keys: Array<string | null>) => keys.join('|');

function worstLight(row: Pick<FigureRow, 'red' | 'yellow' | 'green'>): Light | null {
  if (row.red > 0) return 'red';
  if (row.yellow > 0) return 'yellow';
  return row.green > 0 ? 'green' : null;
}


/** Figure rows added up (every figure is a count or a sum; the mean percent weighted by each row's total). */
function addFigures(rows: FigureRow[]): Omit<FigureRow, 'keys'> {
  const sum: Omit<FigureRow, 'keys'> = { ...EMPTY_ROW };
  let percentSum = 0;
  for (const row of rows) {
    for (const key of Object.keys(EMPTY_ROW) as Array<keyof typeof EMPTY_ROW>) {
      if (key !== 'percent') sum[key] += row[key];
    }
    percentSum += (row.percent ?? 0) * row.total;
  }
  sum.percent = sum.total === 0 ? null : percentSum / sum.total;
  return sum;
}

/**
 * The leaders' view: every figure from one SQL aggregate (DashboardFiguresRepository) over the
 * counted set of the period, scoped by role like the lists, each with the assignments-list filter
 * that reproduces it.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DashboardFiguresRepository,
    private readonly organizations: OrganizationScopeService,
    private readonly schemes: ScoringSchemesService,
    private readonly clock: ClockService,
  ) {}

  /** [from, to) from from/to or period+date (default: this month); 400 when they do not make one period. */
  resolvePeriod(query: PeriodDto): ReportingPeriod {
    if (query.from !== undefined || query.to !== undefined) {
      if (!query.from || !query.to || query.period !== undefined || query.date !== undefined || query.to <= query.from) {
        throw new AppException(400, 'dashboard.period_invalid', { field: 'from' });
      }
      if (daysBetween(query.from, query.to) > MAX_DASHBOARD_PERIOD_DAYS) {
        throw new AppException(400, 'dashboard.period_too_long', { field: 'to', max: MAX_DASHBOARD_PERIOD_DAYS });
      }
      return { start: query.from, end: query.to };
    }
    return dashboardPeriod(query.period ?? 'month', query.date ?? this.clock.today());
  }

  /** The period, the speech and the organization subtree, within what the user may see (404 beyond it). */
  async resolve(query: DashboardQueryDto, user: AuthUser, forcedOrganizationId?: string): Promise<ResolvedScope> {
    const period = this.resolvePeriod(query);
    const speechId = query.speechId ?? null;
    if (speechId && !(await this.dataSource.getRepository(Speech).existsBy({ id: speechId }))) throw notFound('speech');
    const visible = await this.organizations.visibleOrganizationIds(user);
    const asked = forcedOrganizationId ?? query.organizationId ?? null;
    let organizationId: string | null = asked;
    let organizationIds: string[] | null = visible;
    if (asked) {
      const exists = await this.dataSource.getRepository(Organization).existsBy({ id: asked });
      if (!exists || (visible && !visible.includes(asked))) throw notFound('organization');
      organizationIds = await this.organizations.subtree(asked);
    } else if (isOrganizationRole(user.role)) {
      organizationId = user.organizationId;
    }
    const figures = new AssignmentFigures({ from: period.start, to: period.end }, this.clock.now(), this.clock.today(), this.clock.zone);
    const filter: AssignmentListFilter = { countedFrom: period.start, countedTo: period.end };
    if (speechId) filter['speechId'] = speechId;
    if (organizationId) filter['organizationSubtree'] = organizationId;
    return {
      period,
      figures,
      speechId,
      organizationIds,
      scope: { from: period.start, to: period.end, referenceDay: figures.refDay, speechId, organizationId, filter },
    };
  }

  /**
   * The cards are the ranking's rows added up: the same two statements (figures and report
   * timeliness per organization, with the active scheme), which the 看板 asks for at the same
   * moment, so the repository runs them once for both (see DashboardFiguresRepository.query).
   */
  async summary(query: DashboardQueryDto, user: AuthUser): Promise<DashboardSummary> {
    const rs = await this.resolve(query, user);
    // The cards read no score: without an active scheme they are counted all the same.
    const scheme = await this.schemes.forScoring(undefined).catch((error: unknown) => {
      if (error instanceof AppException && error.code === 'dashboard.scheme_unknown') return undefined;
      throw error;
    });
    const [rows, timeliness] = await Promise.all([this.repository.figures(rs, ['organization'], scheme), this.timeliness(rs, ['organization'])]);
    const row = addFigures(rows);
    const periods = [...timeliness.values()].reduce<CountRow>((sum, r) => ({ keys: [], value: sum.value + r.value, second: sum.second + r.second }), { keys: [], value: 0, second: 0 });
    const figures = this.organizationFigures(rs.scope.filter, row, 0, periods);
    const count = (value: number, extra: AssignmentListFilter): Count => ({ value, filter: { ...rs.scope.filter, ...extra } });
    return {
      scope: rs.scope,
      total: figures.total,
      open: figures.open,
      completed: figures.completed,
      completionRate: rate(row.completed, row.total),
      due: figures.due,
      completedOnTime: figures.completedOnTime,
      onTimeRate: figures.onTimeRate,
      overdue: figures.overdue,
      dueSoon: count(row.dueSoon, { dueSoon: true }),
      warningDays: DEFAULT_WARNING_DAYS,
      reportMissed: count(row.reportMissed, { reportMissed: true }),
      averageDaysLate: figures.averageDaysLate,
      late: figures.late,
      reportTimeliness: figures.reportTimeliness,
      lights: {
        red: count(row.red, { light: 'red' }),
        yellow: count(row.yellow, { light: 'yellow' }),
        green: count(row.green, { light: 'green' }),
      },
    };
  }

  async ranking(query: DashboardQueryDto, user: AuthUser): Promise<OrganizationRanking> {
    const rs = await this.resolve(query, user);
    const scheme = await this.schemes.forScoring(query.schemeId);
    return { scope: rs.scope, schemeId: scheme.id, rows: await this.rankingRows(rs, scheme, scheme.id) };
  }

  /**
   * Without speechId: the most recent speeches (SpeechesQueryDto.limit) with counted work, their
   * figures only. With it: that speech and each of its sections, in one pass.
   */
  async progress(query: SpeechesQueryDto, user: AuthUser): Promise<SpeechProgress> {
    const rs = await this.resolve(query, user);
    const selection = this.speechSelection(rs, query.limit);
    const figures = await this.repository.figures(selection.scope, rs.speechId ? ['speech', 'section'] : ['speech'], undefined, rs.speechId !== null);
    const bySpeech = figures.filter((r) => r.keys.length === 1 || r.keys[1] === null);
    const bySection = figures.filter((r) => r.keys.length === 2 && r.keys[1] !== null);
    const [speeches, items] = await Promise.all([
      this.selectedSpeeches(selection, bySpeech.map((r) => r.keys[0] as string)),
      this.byIds<Pick<Item, 'id' | 'title' | 'position'>>('items', 'id, title, position', bySection.map((r) => r.keys[1] as string)),
    ]);
    const itemById = new Map(items.map((i) => [i.id, i]));
    const speechRow = new Map(bySpeech.map((r) => [r.keys[0] as string, r]));
    const rows = speeches.map((speech) => {
      const filter = { ...rs.scope.filter, speechId: speech.id };
      const row = speechRow.get(speech.id) ?? { keys: [], ...EMPTY_ROW };
      const sections = bySection
        .sort((a, b) => (itemById.get(a.keys[1] as string)?.position ?? 0) - (itemById.get(b.keys[1] as string)?.position ?? 0))
        .map((r) => ({
          sectionId: r.keys[1] as string,
          title: itemById.get(r.keys[1] as string)?.title ?? '',
          ...this.progressFigures({ ...filter, sectionId: r.keys[1] as string }, r),
        }));
      return { speechId: speech.id, title: speech.title, date: speech.date, ...this.progressFigures(filter, row), sections };
    });
    return { scope: rs.scope, limit: selection.limit, more: await this.more(selection), speeches: rows };
  }

  async trend(query: DashboardQueryDto, user: AuthUser): Promise<WeeklyTrend> {
    const rs = await this.resolve(query, user);
    const base = Object.fromEntries(Object.entries(rs.scope.filter).filter(([k]) => k !== 'countedFrom' && k !== 'countedTo'));
    const periods = weeksOverlapping(rs.period);
    const figures = await this.repository.trend(
      rs,
      periods.map((week) => new AssignmentFigures({ from: week.start, to: week.end }, this.clock.now(), this.clock.today(), this.clock.zone)),
    );
    const weeks = periods.map((week, i) => {
      const t = figures[i] ?? { created: 0, completed: 0, completedOnTime: 0, overdue: 0 };
      const filter = { ...base, countedFrom: week.start, countedTo: week.end };
      return {
        weekStart: week.start,
        weekEnd: week.end,
        created: { value: t.created, filter: { ...filter, publishedIn: true } },
        completed: { value: t.completed, filter: { ...filter, completedIn: true } },
        completedOnTime: { value: t.completedOnTime, filter: { ...filter, completedIn: true, completedOnTime: true } },
        overdue: { value: t.overdue, filter: { ...filter, overdue: true } },
      };
    });
    return { scope: rs.scope, weeks };
  }

  async heatmap(query: HeatmapQueryDto, user: AuthUser): Promise<Heatmap> {
    const by = query.by ?? 'speech';
    if (by === 'section' && !query.speechId) throw new AppException(400, 'dashboard.section_needs_speech', { field: 'speechId' });
    const rs = await this.resolve(query, user);
    const selection = this.speechSelection(rs, query.limit);
    const rows = await this.repository.figures(selection.scope, ['organization', by]);
    const organizationIds = [...new Set(rows.map((r) => r.keys[0] as string))];
    const columnIds = [...new Set(rows.map((r) => r.keys[1] as string))];
    const names = await this.organizationNames(organizationIds);
    const columns =
      by === 'speech'
        ? (await this.selectedSpeeches(selection, columnIds)).map((s) => ({ id: s.id, title: s.title }))
        : (await this.byIds<Pick<Item, 'id' | 'title' | 'position'>>('items', 'id, title, position', columnIds))
            .sort((a, b) => a.position - b.position)
            .map((i) => ({ id: i.id, title: i.title }));
    const cells: HeatmapCell[] = rows.map((r) => ({
      organizationId: r.keys[0] as string,
      columnId: r.keys[1] as string,
      total: {
        value: r.total,
        filter: { ...rs.scope.filter, organizationId: r.keys[0] as string, [by === 'speech' ? 'speechId' : 'sectionId']: r.keys[1] as string },
      },
      percent: r.percent === null ? null : Math.round(r.percent * 10) / 10,
      light: worstLight(r),
      overdue: r.overdue,
    }));
    const organizations = organizationIds.map((id) => ({ id, name: names.get(id) ?? '' })).sort((a, b) => ZH.compare(a.name, b.name));
    return { scope: rs.scope, limit: selection.limit, more: await this.more(selection), by, organizations, columns, cells };
  }

  async speechBoard(speechId: string, query: PeriodDto, user: AuthUser): Promise<SpeechBoard> {
    const speech = await this.dataSource.getRepository(Speech).findOne({
      where: { id: speechId },
      select: { id: true, title: true, date: true, speaker: true, meeting: true },
    });
    if (!speech) throw notFound('speech');
    const rs = await this.resolve({ ...query, speechId }, user);
    const [items, assignments, rows] = await Promise.all([
      this.dataSource.getRepository(Item).find({
        where: { speechId },
        select: { id: true, parentId: true, kind: true, title: true, dueDate: true, position: true },
        order: { position: 'ASC' },
      }),
      this.repository.assignments(rs, 'true', null, 'a.role ASC, o.name ASC'),
      this.repository.figures(rs, []),
    ]);
    const byItem = new Map<string, typeof assignments>();
    for (const a of assignments) byItem.set(a.itemId, [...(byItem.get(a.itemId) ?? []), a]);
    const children = new Map<string | null, Item[]>();
    for (const item of items) children.set(item.parentId, [...(children.get(item.parentId) ?? []), item]);
    const restricted = rs.organizationIds !== null;
    const rank: Record<Light, number> = { red: 3, yellow: 2, green: 1 };
    const build = (item: Item): SpeechBoardNode | null => {
      const kids = (children.get(item.id) ?? []).map(build).filter((n): n is SpeechBoardNode => n !== null);
      const own = byItem.get(item.id) ?? [];
      // An org user sees the outline only where its own work is.
      if (restricted && own.length === 0 && kids.length === 0) return null;
      const percents = [...own.map((a) => a.percent), ...kids.flatMap((k) => (k.percent === null ? [] : [k.percent]))];
      const lights = [...own.map((a) => a.light), ...kids.map((k) => k.light)].filter((l): l is Light => l !== null);
      return {
        itemId: item.id,
        kind: item.kind,
        title: item.title,
        dueDate: item.dueDate,
        light: lights.sort((a, b) => rank[b] - rank[a])[0] ?? null,
        percent: percents.length ? Math.round((percents.reduce((s, p) => s + p, 0) / percents.length) * 10) / 10 : null,
        organizations: own.map((a) => ({
          assignmentId: a.id,
          organizationId: a.organizationId,
          name: a.organizationName,
          role: a.role,
          state: a.state,
          dueDate: a.dueDate,
          percent: a.percent,
          light: a.light,
          overdueDays: a.overdue ? a.daysLate : null,
        })),
        children: kids,
      };
    };
    const roots = (children.get(null) ?? []).map(build).filter((n): n is SpeechBoardNode => n !== null);
    return {
      scope: rs.scope,
      speech: { id: speech.id, title: speech.title, date: speech.date, speaker: speech.speaker, meeting: speech.meeting },
      figures: this.progressFigures(rs.scope.filter, rows[0] ?? { keys: [], ...EMPTY_ROW }),
      items: roots,
    };
  }

  async scorecard(organizationId: string, query: DashboardQueryDto, user: AuthUser): Promise<Scorecard> {
    const rs = await this.resolve(query, user, organizationId);
    const scheme = await this.schemes.forScoring(query.schemeId);
    const organization = await this.dataSource.getRepository(Organization).findOneOrFail({
      where: { id: organizationId },
      select: { id: true, name: true, parentId: true },
    });
    const f = rs.figures;
    const [rows, returns, timeliness, byCadence, organizations, open, overdue, recent] = await Promise.all([
      this.repository.figures(rs, [], scheme),
      this.repository.returns(rs, []),
      this.timeliness(rs, []),
      this.repository.reportTimeliness(rs, ['cadence'], rs.period, this.clock.today(), this.clock.zone),
      this.rankingRows(rs, scheme, scheme.id),
      this.repository.assignments(rs, f.openAt(), LIST_LIMIT),
      this.repository.assignments(rs, f.overdue(), LIST_LIMIT, 'days_late DESC, a.id'),
      this.repository.assignments(rs, f.completedIn(), LIST_LIMIT, 'a.completed_at DESC, a.id'),
    ]);
    const row = rows[0] ?? { keys: [], ...EMPTY_ROW };
    const figures = this.organizationFigures(rs.scope.filter, row, returns[0]?.value ?? 0, timeliness.get('') ?? null);
    const strip = (a: AssignmentFigureRow): ScorecardAssignment => ({
      id: a.id,
      itemTitle: a.itemTitle,
      speechTitle: a.speechTitle,
      organizationId: a.organizationId,
      organizationName: a.organizationName,
      role: a.role,
      state: a.state,
      dueDate: a.dueDate,
      percent: a.percent,
      completedAt: a.completedAt,
      daysLate: a.daysLate,
    });
    // The organization itself first, then its sub-organizations by rank.
    organizations.sort((a, b) => (a.organizationId === organizationId ? -1 : b.organizationId === organizationId ? 1 : a.rank - b.rank));
    return {
      scope: rs.scope,
      organization: { id: organization.id, name: organization.name, parentId: organization.parentId },
      figures,
      score: this.score(row, returns[0]?.value ?? 0, timeliness.get('') ?? null, scheme, scheme.id),
      organizations,
      openAssignments: open.map(strip),
      overdueAssignments: overdue.map(strip),
      recentlyCompleted: recent.map(strip),
      openFilter: { ...rs.scope.filter, openAt: true },
      overdueFilter: { ...rs.scope.filter, overdue: true },
      recentlyCompletedFilter: { ...rs.scope.filter, completedIn: true },
      reportTimeliness: byCadence.map((c) => ({ cadence: c.keys[0] ?? '', periods: c.value, reported: c.second })),
    };
  }

  /** One row per organization with counted work in the scope, ranked by score. */
  async rankingRows(rs: ResolvedScope, rules: ScoringSchemeRules, schemeId: string): Promise<OrganizationRankingRow[]> {
    const groups: FigureGroup[] = ['organization'];
    const [rows, returns, timeliness] = await Promise.all([
      this.repository.figures(rs, groups, rules),
      this.repository.returns(rs, groups),
      this.timeliness(rs, groups),
    ]);
    const names = await this.organizationNames(rows.map((r) => r.keys[0] as string));
    const returnsBy = new Map(returns.map((r) => [keyOf(r.keys), r.value]));
    const ranked = rows
      .map((row) => {
        const id = row.keys[0] as string;
        const filter = { ...rs.scope.filter, organizationId: id };
        const ret = returnsBy.get(id) ?? 0;
        const period = timeliness.get(id) ?? null;
        return {
          organizationId: id,
          name: names.get(id) ?? '',
          rank: 0,
          ...this.organizationFigures(filter, row, ret, period),
          score: this.score(row, ret, period, rules, schemeId),
          highlight: null as 'top' | 'bottom' | null,
        };
      })
      .sort(
        (a, b) =>
          b.score.value - a.score.value ||
          (b.onTimeRate.value ?? -1) - (a.onTimeRate.value ?? -1) ||
          ZH.compare(a.name, b.name),
      );
    ranked.forEach((r, i) => {
      r.rank = i + 1;
      if (ranked.length > 2 * HIGHLIGHTED) r.highlight = i < HIGHLIGHTED ? 'top' : i >= ranked.length - HIGHLIGHTED ? 'bottom' : null;
    });
    return ranked;
  }

  /** The period's assignments overdue at its reference day, most days first (for the 通报). */
  overdueAssignments(rs: ResolvedScope) {
    return this.repository.assignments(rs, rs.figures.overdue(), null, 'days_late DESC, o.name, a.id');
  }

  /**
   * The speeches the progress chart and the heatmap cover: the chosen one (the scope already says
   * so), or the `limit` most recent with counted work, as a scope limited to them.
   */
  private speechSelection(rs: ResolvedScope, limit = DEFAULT_DASHBOARD_SPEECHES): SpeechSelectionScope {
    if (rs.speechId) return { scope: rs, limit, listed: null };
    // The figures select the same speeches in their own statement (FigureScope.recentSpeeches): both
    // run at once instead of one after the other.
    const listed = this.repository.recentSpeeches(rs, limit + 1);
    listed.catch(() => undefined); // awaited later; a failure meanwhile is not unhandled
    return { scope: { ...rs, recentSpeeches: limit }, limit, listed };
  }

  /** Whether older speeches with counted work were left out. */
  private async more(selection: SpeechSelectionScope): Promise<boolean> {
    return selection.listed ? (await selection.listed).length > selection.limit : false;
  }

  /** The speeches among `ids` (those with figures), newest first: from the selection, or read when one was chosen. */
  private async selectedSpeeches(selection: SpeechSelectionScope, ids: string[]): Promise<SpeechRow[]> {
    const wanted = new Set(ids);
    const speeches = selection.listed ? (await selection.listed).slice(0, selection.limit) : await this.byIds<SpeechRow>('speeches', SPEECH_COLUMNS, ids);
    return speeches.filter((s) => wanted.has(s.id)).sort(newestFirst);
  }

  private async timeliness(rs: ResolvedScope, groups: FigureGroup[]): Promise<Map<string, CountRow>> {
    const rows = await this.repository.reportTimeliness(rs, groups, rs.period, this.clock.today(), this.clock.zone);
    return new Map(rows.map((r) => [keyOf(r.keys), r]));
  }

  private organizationFigures(filter: AssignmentListFilter, row: Omit<FigureRow, 'keys'>, returns: number, periods: CountRow | null): OrganizationFigures {
    const count = (value: number, extra: AssignmentListFilter = {}): Count => ({ value, filter: { ...filter, ...extra } });
    return {
      total: count(row.total),
      open: count(row.open, { openAt: true }),
      completed: count(row.completed, { completed: true }),
      due: count(row.due, { dueBy: true }),
      completedOnTime: count(row.dueOnTime, { dueBy: true, completedOnTime: true }),
      onTimeRate: rate(row.dueOnTime, row.due),
      overdue: count(row.overdue, { overdue: true }),
      overdueDays: row.overdueDays,
      averageDaysLate: row.late === 0 ? null : Math.round((row.lateDays / row.late) * 10) / 10,
      late: count(row.late, { late: true }),
      reportTimeliness: rate(periods?.second ?? 0, periods?.value ?? 0),
      returns,
      completedEarly: row.completedEarly,
    };
  }

  private score(row: Omit<FigureRow, 'keys'>, returns: number, periods: CountRow | null, rules: ScoringSchemeRules, schemeId: string) {
    return organizationScore(
      {
        overdue: row.overdue,
        overdueDays: row.overdueDays,
        overdueDayPoints: row.overdueDayPoints,
        missedReports: (periods?.value ?? 0) - (periods?.second ?? 0),
        returns,
        completedEarly: row.completedEarly,
      },
      rules,
      schemeId,
    );
  }

  private progressFigures(filter: AssignmentListFilter, row: Omit<FigureRow, 'keys'>): ProgressFigures {
    return {
      total: { value: row.total, filter },
      completed: { value: row.completed, filter: { ...filter, completed: true } },
      overdue: { value: row.overdue, filter: { ...filter, overdue: true } },
      percent: row.percent === null ? null : Math.round(row.percent * 10) / 10,
    };
  }

  private async organizationNames(ids: string[]): Promise<Map<string, string>> {
    const orgs = await this.byIds<Pick<Organization, 'id' | 'name'>>('organizations', 'id, name', ids);
    return new Map(orgs.map((o) => [o.id, o.name]));
  }

  /**
   * Rows of `table` by id, the ids as one array parameter (`IN (:...ids)` would make one parameter
   * per id: thousands of sections made planning the look-up slower than the aggregate).
   */
  private async byIds<T>(table: 'speeches' | 'items' | 'organizations', columns: string, ids: string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(`SELECT ${columns} FROM ${table} WHERE id = ANY(CAST($1 AS uuid[]))`, [ids]);
  }
}

/** The first day of the period and its last day, for sentences (从…至…). */
export function periodLastDay(period: ReportingPeriod): string {
  return addDays(period.end, -1);
}
