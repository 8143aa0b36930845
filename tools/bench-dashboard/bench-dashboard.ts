// npm run bench:dashboard [-- --sizes 10000:100000,100000:1000000 --pages 30 --runs 30 --warmup 3 --per-year 25000]
// For each size: a fresh database seeded by seedScale and the built API over it (tools/bench-shared).
// Prints (1) the 看板's page load — its requests issued at once, as LeadersBoard does — as the
// supervisor and as an org admin, p50/p95 over --pages loads; (2) each aggregate endpoint alone
// beside hand-written SQL computing the same figures with pg, both timed back to back --runs times;
// (3) the .xlsx export of every assignment: time and the API's peak RSS (polled from /proc);
// the plan of the slowest aggregate statement the API logged; then large ÷ small of the page set.
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import {
  CADENCES,
  calendarDate,
  DEFAULT_TIME_ZONE,
  DEFAULT_WARNING_DAYS,
  OPEN_ASSIGNMENT_STATES,
  periodContaining,
  previousPeriod,
  referenceDay,
  reportingPeriodsEndingWithin,
  weeksOverlapping,
  zonedInstant,
  type ReportingPeriod,
} from '@luoshi/common';
import {
  ensureApiBundle,
  explainLogged,
  fixed,
  markdownTable,
  parseSizes,
  quantile,
  rssMb,
  slowestLogged,
  withSeededApi,
  type Target,
} from '../bench-shared/seeded-api';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000:100000,100000:1000000' },
    pages: { type: 'string', default: '30' },
    runs: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '3' },
    build: { type: 'boolean', default: false },
    // History at this many assignments a year (seedScale's perYear): the sizes then differ by years
    // of history, not by the amount of current work.
    'per-year': { type: 'string' },
  },
});
const SEED_OPTIONS = values['per-year'] ? { perYear: Number(values['per-year']) } : {};
const PAGES = Number(values.pages);
const RUNS = Number(values.runs);
const WARMUP = Number(values.warmup);
/** Replies that were not 2xx (a statement timeout is a 500), per size. */
let failures: string[] = [];
const GOALS = { pageP95Ms: 50, pageGrowth: 1.5, versusRaw: 2, exportRssMb: 300 };
const ZONE = DEFAULT_TIME_ZONE;

/** Times `once` back to back: WARMUP unrecorded calls, then `runs` recorded ones; sorted ms. */
async function timed(runs: number, once: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await once();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

async function get(api: Target, token: string, path: string): Promise<void> {
  const reply = await fetch(`${api.url}/api${path}`, { headers: { authorization: `Bearer ${token}` } });
  await reply.arrayBuffer();
  if (!reply.ok) failures.push(`${path.split('?')[0] ?? ''} ${reply.status}`);
}

/** How many replies failed while `body` ran, as "n (path status, …)". */
async function counting<T>(body: () => Promise<T>): Promise<[T, string]> {
  failures = [];
  const result = await body();
  const seen = [...new Set(failures)].join(', ');
  return [result, failures.length ? `${failures.length} (${seen})` : '0'];
}

/** The current quarter, as LeadersBoard's default choice ({ kind: 'quarter', offset: 0 }). */
function boardPeriod(today: string): ReportingPeriod {
  return periodContaining('quarterly', today);
}

/** A picker's first page (BoardControls' RecordPicker: 20 records, searched on the server as one types). */
function listPath(resource: string, sort: [string, 'ASC' | 'DESC']): string {
  return `/${resource}?${new URLSearchParams({ sort: JSON.stringify(sort), range: JSON.stringify([0, 19]), filter: '{}' }).toString()}`;
}

/**
 * What the 看板 asks for when it opens (apps/dashboard/src/leaders: LeadersBoard's five aggregates,
 * BoardControls' speech and organization pickers, the layout's notification bell), all at once.
 */
function pageRequests(period: ReportingPeriod): Record<string, string> {
  const q = new URLSearchParams({ from: period.start, to: period.end }).toString();
  return {
    summary: `/dashboard/summary?${q}`,
    ranking: `/dashboard/ranking?${q}`,
    progress: `/dashboard/progress?${q}`,
    trend: `/dashboard/trend?${q}`,
    heatmap: `/dashboard/heatmap?${q}&by=speech`,
    speeches: listPath('speeches', ['date', 'DESC']),
    organizations: listPath('organizations', ['name', 'ASC']),
    'notifications/unread-count': '/notifications/unread-count',
  };
}

// ---- the hand-written SQL: the same figures, over the current columns (the period is running) ----

const OPEN = `ARRAY[${OPEN_ASSIGNMENT_STATES.map((s) => `'${s}'`).join(', ')}]`;
/** $1 period start, $2 period end (instants), $3 today (the reference day), $4 the period's end day. */
const COUNTED = `a.created_at < $2 AND (a.state <> 'cancelled' OR a.cancelled_at >= $1)`;
const DONE_DAY = `CAST(a.completed_at AT TIME ZONE '${ZONE}' AS date)`;
const FIGURES = `COUNT(*) AS total,
  COUNT(*) FILTER (WHERE a.state = ANY(${OPEN})) AS open,
  COUNT(*) FILTER (WHERE a.state = 'completed') AS completed,
  COUNT(*) FILTER (WHERE a.due_date < $4) AS due,
  COUNT(*) FILTER (WHERE a.due_date < $4 AND a.state = 'completed' AND ${DONE_DAY} <= a.due_date) AS due_on_time,
  COUNT(*) FILTER (WHERE a.state = ANY(${OPEN}) AND a.due_date < $3) AS overdue,
  COALESCE(SUM($3 - a.due_date) FILTER (WHERE a.state = ANY(${OPEN}) AND a.due_date < $3), 0) AS overdue_days,
  COUNT(*) FILTER (WHERE (a.state = 'completed' AND ${DONE_DAY} > a.due_date) OR (a.state = ANY(${OPEN}) AND a.due_date < $3)) AS late,
  COALESCE(SUM(CASE WHEN a.state = 'completed' AND ${DONE_DAY} > a.due_date THEN ${DONE_DAY} - a.due_date
    WHEN a.state = ANY(${OPEN}) AND a.due_date < $3 THEN $3 - a.due_date END), 0) AS late_days,
  COUNT(*) FILTER (WHERE a.state = ANY(${OPEN}) AND a.due_date >= $3 AND a.due_date - $3 <= ${DEFAULT_WARNING_DAYS}) AS due_soon,
  COUNT(*) FILTER (WHERE a.state = ANY(${OPEN}) AND a.cadence IS NOT NULL AND a.created_at < c.cur
    AND NOT EXISTS (SELECT 1 FROM progress_reports r WHERE r.assignment_id = a.id AND r.created_at >= c.last)) AS report_missed,
  AVG(CASE WHEN a.state = 'completed' THEN 100 ELSE a.percent END) AS percent`;
/** The current and the previous reporting period's start per cadence ($5 cadences, $6 current starts, $7 previous starts). */
const CADENCE_JOIN = `LEFT JOIN unnest(CAST($5 AS text[]), CAST($6 AS timestamptz[]), CAST($7 AS timestamptz[])) AS c(cadence, cur, last) ON c.cadence = a.cadence`;

function figureParams(period: ReportingPeriod, today: string): unknown[] {
  const cur: string[] = [];
  const last: string[] = [];
  for (const cadence of CADENCES) {
    const p = periodContaining(cadence, today);
    cur.push(zonedInstant(p.start, '00:00', ZONE).toISOString());
    last.push(zonedInstant(previousPeriod(cadence, p).start, '00:00', ZONE).toISOString());
  }
  return [
    zonedInstant(period.start, '00:00', ZONE),
    zonedInstant(period.end, '00:00', ZONE),
    today,
    period.end,
    [...CADENCES],
    cur,
    last,
  ];
}

/** 报送及时率: reporting periods ended within the period, while open, and how many have a report. */
function timelinessSql(group: string | null): string {
  return `SELECT ${group ? `${group} AS g, ` : ''}COUNT(*) AS periods,
      COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM progress_reports r WHERE r.assignment_id = a.id AND r.created_at >= p.start_at AND r.created_at < p.end_at)) AS reported
    FROM assignments a JOIN unnest(CAST($3 AS text[]), CAST($4 AS timestamptz[]), CAST($5 AS timestamptz[])) AS p(cadence, start_at, end_at) ON p.cadence = a.cadence
    WHERE ${COUNTED} AND a.created_at < p.end_at
      AND NOT (a.state = 'completed' AND COALESCE(a.completed_at < p.end_at, true))
      AND NOT (a.state = 'cancelled' AND COALESCE(a.cancelled_at < p.end_at, true))
    ${group ? 'GROUP BY g' : ''}`;
}
function timelinessParams(period: ReportingPeriod, today: string): unknown[] {
  const c: string[] = [];
  const s: string[] = [];
  const e: string[] = [];
  for (const cadence of CADENCES) {
    for (const p of reportingPeriodsEndingWithin(cadence, period, today)) {
      c.push(cadence);
      s.push(zonedInstant(p.start, '00:00', ZONE).toISOString());
      e.push(zonedInstant(p.end, '00:00', ZONE).toISOString());
    }
  }
  return [zonedInstant(period.start, '00:00', ZONE), zonedInstant(period.end, '00:00', ZONE), c, s, e];
}

const RETURNS_BY_ORGANIZATION = `SELECT a.organization_id, COUNT(*) FROM audit_events e JOIN assignments a ON a.id = e.entity_id
  WHERE e.action = 'assignment.return' AND e.entity_type = 'assignment' AND e.created_at >= $1 AND e.created_at < $2 AND ${COUNTED}
  GROUP BY a.organization_id`;

/** The trend, every week in one statement: state at each week's end read from the timestamps and the approved extensions. */
const TREND = `WITH w AS (SELECT * FROM unnest(CAST($1 AS timestamptz[]), CAST($2 AS timestamptz[]), CAST($3 AS date[])) AS w(s, e, ref_day)),
  x AS (SELECT w.s, w.e, w.ref_day, a.state, a.created_at, a.completed_at, a.cancelled_at,
          COALESCE((SELECT x.new_due_date FROM extension_requests x WHERE x.assignment_id = a.id AND x.state = 'approved' AND x.decided_at < LEAST(w.e, now()) ORDER BY x.decided_at DESC LIMIT 1),
                   (SELECT x.current_due_date FROM extension_requests x WHERE x.assignment_id = a.id AND x.state = 'approved' AND x.decided_at >= LEAST(w.e, now()) ORDER BY x.decided_at LIMIT 1),
                   a.due_date) AS due
        FROM w JOIN assignments a ON a.created_at < w.e AND (a.state <> 'cancelled' OR a.cancelled_at >= w.s))
  SELECT s, COUNT(*) FILTER (WHERE created_at >= s) AS created,
    COUNT(*) FILTER (WHERE state = 'completed' AND completed_at >= s AND completed_at < e) AS completed,
    COUNT(*) FILTER (WHERE state = 'completed' AND completed_at >= s AND completed_at < e AND CAST(completed_at AT TIME ZONE '${ZONE}' AS date) <= due) AS on_time,
    COUNT(*) FILTER (WHERE (state = ANY(${OPEN}) OR (state = 'completed' AND completed_at >= LEAST(e, now())) OR (state = 'cancelled' AND cancelled_at >= LEAST(e, now()))) AND due < ref_day) AS overdue
  FROM x GROUP BY s ORDER BY s`;
function trendParams(period: ReportingPeriod, today: string): unknown[] {
  const weeks = weeksOverlapping(period);
  return [
    weeks.map((w) => zonedInstant(w.start, '00:00', ZONE).toISOString()),
    weeks.map((w) => zonedInstant(w.end, '00:00', ZONE).toISOString()),
    weeks.map((w) => referenceDay(w, today)),
  ];
}

/** The speeches the progress chart and the heatmap show: the 12 newest (speech date) with counted work. */
const RECENT_SPEECHES = `SELECT s.id, s.title, s.date FROM speeches s
  WHERE EXISTS (SELECT 1 FROM items i JOIN assignments a ON a.item_id = i.id WHERE i.speech_id = s.id AND ${COUNTED})
  ORDER BY s.date DESC NULLS LAST, s.id LIMIT 12`;

interface RawAggregate {
  /** Statements run at once, as the service does (one per figure family). */
  statements: Array<{ sql: string; params: unknown[] }>;
}

function rawAggregates(period: ReportingPeriod, today: string): Record<string, RawAggregate> {
  const fp = figureParams(period, today);
  const tp = timelinessParams(period, today);
  const from = `FROM assignments a JOIN items i ON i.id = a.item_id ${CADENCE_JOIN}`;
  return {
    summary: {
      statements: [
        { sql: `SELECT ${FIGURES} ${from} WHERE ${COUNTED}`, params: fp },
        { sql: timelinessSql(null), params: tp },
      ],
    },
    ranking: {
      statements: [
        { sql: `SELECT a.organization_id, ${FIGURES} ${from} WHERE ${COUNTED} GROUP BY a.organization_id`, params: fp },
        { sql: RETURNS_BY_ORGANIZATION, params: fp.slice(0, 2) },
        { sql: timelinessSql('a.organization_id'), params: tp },
      ],
    },
    // The 12 most recent speeches with counted work (the API's default limit), their figures (no sections without a speech chosen).
    progress: {
      statements: [
        {
          sql: `WITH recent AS (${RECENT_SPEECHES}) SELECT i.speech_id, s.title, s.date, ${FIGURES} ${from} JOIN recent s ON s.id = i.speech_id
            WHERE ${COUNTED} GROUP BY i.speech_id, s.title, s.date`,
          params: fp,
        },
      ],
    },
    trend: { statements: [{ sql: TREND, params: trendParams(period, today) }] },
    heatmap: {
      statements: [
        {
          sql: `WITH recent AS (${RECENT_SPEECHES}) SELECT a.organization_id, i.speech_id, s.title, ${FIGURES} ${from} JOIN recent s ON s.id = i.speech_id
            WHERE ${COUNTED} GROUP BY 1, 2, 3`,
          params: fp,
        },
      ],
    },
  };
}

// ---- one size ----

interface PageRow {
  role: string;
  p50: number;
  p95: number;
  /** Non-2xx replies, warm-up included. */
  failed: string;
}
interface EndpointRow {
  name: string;
  apiP50: number;
  apiP95: number;
  rawP50: number;
  rawP95: number;
  failed: string;
}
interface ExportRow {
  rows: number;
  megabytes: number;
  seconds: number;
  baseRss: number;
  peakRss: number;
}
interface SizeResult {
  size: [number, number];
  seedSeconds: number;
  pages: PageRow[];
  endpoints: EndpointRow[];
  exported: ExportRow;
  plan: string;
}

async function runSize(assignments: number, reports: number): Promise<SizeResult> {
  return withSeededApi(assignments, reports, async ({ owner, seeded, seedSeconds, api, apiLog, dbUrl, login }) => {
    const supervisor = await login(seeded.logins.supervisor);
    const orgAdmin = await login(seeded.logins.orgAdmin);
    const today = calendarDate(new Date(), ZONE);
    const period = boardPeriod(today);
    const requests = Object.values(pageRequests(period));

    const pages: PageRow[] = [];
    for (const [role, token] of [
      ['supervisor', supervisor],
      ['org admin', orgAdmin],
    ] as const) {
      const [times, failed] = await counting(() => timed(PAGES, () => Promise.all(requests.map((path) => get(api, token, path)))));
      pages.push({ role, p50: quantile(times, 0.5), p95: quantile(times, 0.95), failed });
      console.error(`  page load as ${role}: p50 ${quantile(times, 0.5)} ms`);
    }

    const logFrom = apiLog.length;
    // The reference runs as the API's pool does (JIT off): with JIT on, its compile time alone was
    // 3.6 s of a 5.7 s plan at 100k, which made every API ÷ raw ratio look better than it was.
    const pool = new Pool({ connectionString: dbUrl, max: 4, options: '-c jit=off' });
    pool.on('error', () => undefined); // idle clients cut when the database is dropped
    const endpoints: EndpointRow[] = [];
    const raw = rawAggregates(period, today);
    const paths = pageRequests(period);
    try {
      for (const [name, aggregate] of Object.entries(raw)) {
        const path = paths[name] ?? '';
        const [apiTimes, failed] = await counting(() => timed(RUNS, () => get(api, supervisor, path)));
        const rawTimes = await timed(RUNS, () =>
          Promise.all(aggregate.statements.map((s) => pool.query(s.sql, s.params))),
        );
        endpoints.push({
          name: `GET /api${path.split('?')[0] ?? ''}`,
          apiP50: quantile(apiTimes, 0.5),
          apiP95: quantile(apiTimes, 0.95),
          rawP50: quantile(rawTimes, 0.5),
          rawP95: quantile(rawTimes, 0.95),
          failed,
        });
        console.error(`  ${name}: API p50 ${quantile(apiTimes, 0.5)} ms, raw SQL p50 ${quantile(rawTimes, 0.5)} ms`);
      }
    } finally {
      await pool.end();
    }
    const plan = await explainLogged(owner, slowestLogged(apiLog, logFrom));

    const baseRss = rssMb(api.pid);
    let peakRss = baseRss;
    const poll = setInterval(() => {
      peakRss = Math.max(peakRss, rssMb(api.pid));
    }, 20);
    const started = performance.now();
    const reply = await fetch(`${api.url}/api/exports/assignments?filter=%7B%7D`, {
      headers: { authorization: `Bearer ${supervisor}` },
    });
    if (!reply.ok || !reply.body) throw new Error(`export: ${reply.status} ${await reply.text()}`);
    let bytes = 0;
    for await (const chunk of reply.body) bytes += (chunk as Uint8Array).byteLength;
    const seconds = (performance.now() - started) / 1000;
    clearInterval(poll);
    peakRss = Math.max(peakRss, rssMb(api.pid));
    const rows = Number((await owner.query<{ n: string }>('SELECT COUNT(*) AS n FROM assignments')).rows[0]?.n ?? 0);
    console.error(`  export: ${rows} rows, ${fixed(seconds, 1)} s, peak RSS ${peakRss} MB`);

    return {
      size: [assignments, reports],
      seedSeconds,
      pages,
      endpoints,
      exported: { rows, megabytes: bytes / 1e6, seconds, baseRss, peakRss },
      plan,
    };
  }, SEED_OPTIONS);
}

const met = (ok: boolean) => (ok ? 'yes' : '**no**');

function print(r: SizeResult): void {
  console.log(
    `\n### ${r.size[0].toLocaleString('en')} assignments / ${r.size[1].toLocaleString('en')} reports (seeded in ${fixed(r.seedSeconds, 1)} s)\n`,
  );
  console.log(
    `看板 page load (${Object.keys(pageRequests(boardPeriod(calendarDate(new Date(), ZONE)))).join(', ')}; all at once), ${PAGES} loads back to back after ${WARMUP} warm-up ones:\n`,
  );
  console.log(
    markdownTable(
      ['role', 'p50 ms', 'p95 ms', `goal p95 < ${GOALS.pageP95Ms} ms`, 'non-2xx replies'],
      r.pages.map((p) => [p.role, p.p50, p.p95, met(p.p95 < GOALS.pageP95Ms && p.failed === '0'), p.failed]),
    ),
  );
  console.log(
    `\nEach aggregate alone (supervisor) beside hand-written SQL with pg (the same figures, the same statements at once), ${RUNS} runs back to back after ${WARMUP} warm-up ones:\n`,
  );
  console.log(
    markdownTable(
      [
        'endpoint',
        'API p50 ms',
        'API p95 ms',
        'raw SQL p50 ms',
        'raw SQL p95 ms',
        'API ÷ raw (p50)',
        `goal ≤ ${GOALS.versusRaw}×`,
        'API non-2xx',
      ],
      r.endpoints.map((e) => [
        e.name,
        e.apiP50,
        e.apiP95,
        e.rawP50,
        e.rawP95,
        fixed(e.apiP50 / e.rawP50, 2),
        met(e.apiP50 / e.rawP50 <= GOALS.versusRaw && e.failed === '0'),
        e.failed,
      ]),
    ),
  );
  const x = r.exported;
  console.log('\nExcel export of every assignment (GET /api/exports/assignments?filter={}, supervisor):\n');
  console.log(
    markdownTable(
      ['rows', 'MB', 'seconds', 'API RSS before MB', 'API peak RSS MB', `goal ≤ ${GOALS.exportRssMb} MB`],
      [[x.rows, fixed(x.megabytes, 1), fixed(x.seconds, 1), x.baseRss, x.peakRss, met(x.peakRss <= GOALS.exportRssMb)]],
    ),
  );
  console.log(
    `\nSlowest aggregate statement the API logged (DB_SLOW_QUERY_MS=20), re-run with EXPLAIN ANALYZE:\n\n\`\`\`\n${r.plan}\n\`\`\``,
  );
}

async function main(): Promise<void> {
  ensureApiBundle(values.build);
  const results: SizeResult[] = [];
  for (const [assignments, reports] of parseSizes(values.sizes)) {
    console.error(`seeding ${assignments} assignments / ${reports} reports …`);
    const result = await runSize(assignments, reports);
    results.push(result);
    print(result);
  }
  if (results.length >= 2) {
    const small = results[0] as SizeResult;
    const large = results[results.length - 1] as SizeResult;
    console.log(
      `\n### 看板 page load at ${large.size[0].toLocaleString('en')} ÷ at ${small.size[0].toLocaleString('en')} (goal ≤ ${GOALS.pageGrowth}×: cost does not grow with history)\n`,
    );
    console.log(
      markdownTable(
        [
          'role',
          'small p50',
          'large p50',
          'large ÷ small p50',
          'small p95',
          'large p95',
          'large ÷ small p95',
          `goal ≤ ${GOALS.pageGrowth}×`,
        ],
        large.pages.map((l) => {
          const s = small.pages.find((p) => p.role === l.role) as PageRow;
          return [
            l.role,
            s.p50,
            l.p50,
            fixed(l.p50 / s.p50, 2),
            s.p95,
            l.p95,
            fixed(l.p95 / s.p95, 2),
            met(l.p95 / s.p95 <= GOALS.pageGrowth),
          ];
        }),
      ),
    );
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
