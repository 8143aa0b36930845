import { hash } from '@node-rs/argon2';

/** What seedScale needs of a connection: pg's Client and Pool both have it. */
export interface SqlClient {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface SeedScaleOptions {
  assignments: number;
  reports: number;
  /** The office's today (YYYY-MM-DD): due dates spread from 270 days before it to 95 days after. */
  today?: string;
  /** Every seeded user's password. */
  password?: string;
  /**
   * History at this many assignments a year, instead of all of them within one year: the speeches
   * (and their items' due dates, 20–119 days after the speech) spread over `assignments / perYear`
   * years up to today, and work due more than 45 days ago mostly done (93 % completed, 4.5 %
   * cancelled), as in an office that has used Luoshi that long. The same rate at two sizes gives
   * the same current work over more or less history.
   */
  perYear?: number;
}

export interface SeedScaleResult {
  organizations: number;
  users: number;
  speeches: number;
  items: number;
  assignments: number;
  reports: number;
  extensionRequests: number;
  auditEvents: number;
  /** Logins the benchmarks use (all with `password`). */
  logins: { supervisor: string; orgAdmin: string; orgStaff: string; viewer: string; admin: string };
}

/** Seeded organizations: 20 roots with 9 children each, so a root's org admin sees 5% of the assignments. */
export const SCALE_ORGANIZATIONS = 200;
const ROOTS = 20;
const SUPERVISORS = 10;

/** The tables that take one row per assignment or more: loaded without their secondary indexes and foreign keys. */
const BULK_TABLES = ['items', 'item_organizations', 'assignments', 'progress_reports', 'audit_events'].map((t) => `'${t}'::regclass`).join(', ');

const KINDS = ['org', 'admin', 'staff', 'supervisor', 'viewer', 'sysadmin', 'speech', 'item', 'assignment', 'report', 'extension', 'audit'];
/**
 * The n-th seeded row of a kind as a uuid (version 4 layout, deterministic, unlike gen_random_uuid):
 * `5ca1e0KK-0000-4000-8000-NNNNNNNNNNNN`. Ascending within a kind, so bulk inserts append to the
 * primary key's index instead of splitting random pages.
 */
const uid = (kind: string, n: string): string =>
  `('5ca1e0${KINDS.indexOf(kind).toString(16).padStart(2, '0')}-0000-4000-8000-' || lpad(to_hex((${n})::bigint), 12, '0'))::uuid`;
/** A stable pseudo-random 0..999 for row n: spreads states, dates and cadences without random(). */
const spread = (n: string): string => `((${n})::bigint * 2654435761 % 1000)::int`;

/**
 * A province-sized, realistic data set in plain SQL (generate_series, no row-by-row round trips),
 * the same for the same options: 200 organizations in a two-level tree, users of every role, one
 * published speech per 40 assignments, items with a lead and (for 30%) a supporting organization,
 * assignments in every state with due dates over a year (overdue, due soon, completed on time or
 * late, cancelled, returned, extended, handed to a handler), progress reports, extension requests
 * and the audit events of all of it. Added beside whatever the database holds (the demo data);
 * seeding twice is refused by the unique organization names.
 */
export async function seedScale(client: SqlClient, options: SeedScaleOptions): Promise<SeedScaleResult> {
  const n = Math.max(1, Math.floor(options.assignments));
  const m = Math.max(0, Math.floor(options.reports));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const password = options.password ?? 'scale123';
  const leadItems = Math.ceil(n * 0.7);
  const speeches = Math.ceil(n / 40);
  // History mode: the days the speeches spread over (see perYear).
  const spanDays = options.perYear ? Math.max(120, Math.round((n / options.perYear) * 365)) : 0;
  const passwordHash = await hash(password);
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);

  const leadOrg = (k: string) => `(((${k})::bigint * 7) % ${SCALE_ORGANIZATIONS} + 1)`;
  const supportOrg = (k: string) => `(((${k})::bigint * 7 + 13) % ${SCALE_ORGANIZATIONS} + 1)`;
  const orgOf = (i: string) => `(CASE WHEN ${i} <= ${leadItems} THEN ${leadOrg(i)} ELSE ${supportOrg(`${i} - ${leadItems}`)} END)`;
  const itemOf = (i: string) => `(CASE WHEN ${i} <= ${leadItems} THEN ${i} ELSE ${i} - ${leadItems} END)`;
  /** The date of speech s (1-based). */
  const speechDay = (s: string) =>
    spanDays ? `($1::date - ${spanDays} + ((${s})::bigint * ${spanDays - 10} / ${speeches})::int)` : `($1::date - 330 + ((${s})::bigint * 300 / ${speeches})::int)`;
  /** The speech of item k. */
  const speechOf = (k: string) => `((${k}) - 1) % ${speeches} + 1`;
  const dueOf = (k: string) =>
    `(CASE WHEN ${spread(k)} % 37 = 0 THEN NULL ELSE ${
      spanDays ? `${speechDay(speechOf(k))} + 20 + ((${k})::bigint * 7919 % 100)::int` : `$1::date - 270 + ((${k})::bigint * 7919 % 365)::int`
    } END)`;
  /** When assignment i of item k was published: after its speech in history mode, else a month or more before its due date. */
  const createdOf = (i: string, k: string) =>
    spanDays
      ? `${speechDay(speechOf(k))} + 1 + interval '9 hours' + ((${i}) % 3600) * interval '1 second'`
      : `LEAST(COALESCE(${dueOf(k)}, $1::date) - 30 - ((${i}) % 90), $1::date - 20 - ((${i}) % 30)) + interval '9 hours' + ((${i}) % 3600) * interval '1 second'`;
  /**
   * Assignment i's state from its spread h; in history mode work due 45 days ago or more is mostly
   * done (and the rows are written in publication order, as an office's table grows).
   */
  const stateOf = (i: string, k: string) => {
    const h = spread(i);
    const current = `CASE WHEN ${h} < 150 THEN 'assigned' WHEN ${h} < 250 THEN 'signed'
                       WHEN ${h} < 600 THEN 'in_progress' WHEN ${h} < 680 THEN 'completion_requested'
                       WHEN ${h} < 950 THEN 'completed' ELSE 'cancelled' END`;
    if (!spanDays) return current;
    const settled = `CASE WHEN ${h} < 930 THEN 'completed' WHEN ${h} < 975 THEN 'cancelled' WHEN ${h} < 990 THEN 'in_progress' ELSE 'signed' END`;
    return `CASE WHEN COALESCE(${dueOf(k)}, ${speechDay(speechOf(k))} + 60) < $1::date - 45 THEN ${settled} ELSE ${current} END`;
  };
  const cadenceOf = (k: string) =>
    `(CASE ${spread(k)} % 5 WHEN 0 THEN 'monthly' WHEN 1 THEN 'quarterly' WHEN 2 THEN 'weekly' ELSE NULL END)`;

  let totals = { reports: '0', extensions: '0', audit: '0' };
  await q('BEGIN');
  try {
    // BULK_TABLES' secondary indexes and foreign keys are dropped in the transaction and put back
    // once after the load: an index built in bulk, a key checked in one join, instead of row by
    // row. Primary keys, unique constraints and partial indexes (whose predicate PostgreSQL would
    // give back in another spelling) stay.
    await q(`SET LOCAL maintenance_work_mem = '256MB'`);
    const keys = ((await q(
      `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
         FROM pg_constraint c
        WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
          AND c.conrelid IN (${BULK_TABLES})`,
    )) as { rows: Array<{ table: string; name: string; definition: string }> }).rows;
    for (const key of keys) await q(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
    const deferred = ((await q(
      `SELECT i.relname AS indexname, pg_get_indexdef(x.indexrelid) AS indexdef
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid IN (${BULK_TABLES})
          AND x.indpred IS NULL
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
    )) as { rows: Array<{ indexname: string; indexdef: string }> }).rows;
    for (const index of deferred) await q(`DROP INDEX "${index.indexname}"`);
    await q(
      `INSERT INTO organizations (id, name, short_name, kind, parent_id, created_at, updated_at)
       SELECT ${uid('org', 'i')}, '规模单位' || lpad(i::text, 3, '0'), '单位' || i,
              (ARRAY['party_dept','government','mass_org','government','party_group','other'])[i % 6 + 1],
              CASE WHEN i <= ${ROOTS} THEN NULL ELSE ${uid('org', `(i - ${ROOTS} - 1) % ${ROOTS} + 1`)} END,
              $1::date - 400, $1::date - 400
         FROM generate_series(1, ${SCALE_ORGANIZATIONS}) i`,
      [today],
    );
    // Per organization an org admin and two staff; supervisors, viewers and admins beside them.
    await q(
      `INSERT INTO users (id, username, display_name, role, organization_id, password_hash, password_policy_exempt, created_at, updated_at)
       SELECT ${uid('admin', 'i')}, 'scale_admin_' || i, '单位' || i || '管理员', 'org_admin', ${uid('org', 'i')}, $2, true, $1::date - 400, $1::date - 400
         FROM generate_series(1, ${SCALE_ORGANIZATIONS}) i
       UNION ALL
       SELECT ${uid('staff', 'i * 10 + s')}, 'scale_staff_' || i || '_' || s, '单位' || i || '经办人' || s, 'org_staff', ${uid('org', 'i')}, $2, true, $1::date - 400, $1::date - 400
         FROM generate_series(1, ${SCALE_ORGANIZATIONS}) i, generate_series(1, 2) s
       UNION ALL
       SELECT ${uid('supervisor', 'i')}, 'scale_supervisor_' || i, '督查员' || i, 'supervisor', NULL, $2, true, $1::date - 400, $1::date - 400
         FROM generate_series(1, ${SUPERVISORS}) i
       UNION ALL
       SELECT ${uid('viewer', 'i')}, 'scale_viewer_' || i, '领导' || i, 'viewer', NULL, $2, true, $1::date - 400, $1::date - 400
         FROM generate_series(1, 5) i
       UNION ALL
       SELECT ${uid('sysadmin', 'i')}, 'scale_sysadmin_' || i, '系统管理员' || i, 'admin', NULL, $2, true, $1::date - 400, $1::date - 400
         FROM generate_series(1, 2) i`,
      [today, passwordHash],
    );
    await q(
      `INSERT INTO speeches (id, title, date, speaker, meeting, raw_text, status, created_by_id, published_by_id, published_at, extracted_at, created_at, updated_at)
       SELECT ${uid('speech', 's')}, '全省重点工作推进会讲话（第' || s || '次）', d, '省领导', '第' || s || '次推进会',
              '各单位要抓好落实。第' || s || '次会议部署的工作，由各牵头单位负责，配合单位协助。', 'published',
              ${uid('supervisor', `s % ${SUPERVISORS} + 1`)}, ${uid('supervisor', `s % ${SUPERVISORS} + 1`)}, d + 1, d, d, d + 1
         FROM (SELECT s, ${speechDay('s')} AS d FROM generate_series(1, ${speeches}) s) x`,
      [today],
    );
    const itemDay = spanDays ? speechDay(speechOf('k')) : '$1::date - 330';
    await q(
      `INSERT INTO items (id, speech_id, kind, title, text, due_date, cadence, confidence, status, position, created_at, updated_at)
       SELECT ${uid('item', 'k')}, ${uid('speech', `(k - 1) % ${speeches} + 1`)}, 'directive',
              (ARRAY['完善','推进','建立','落实','开展'])[k % 5 + 1] || '第' || k || '项重点任务',
              '要' || (ARRAY['完善','推进','建立','落实','开展'])[k % 5 + 1] || '第' || k || '项重点任务，按期报送进展。',
              ${dueOf('k')}, ${cadenceOf('k')}, 0.9, 'published', k, ${itemDay}, ${itemDay}
         FROM generate_series(1, ${leadItems}) k`,
      [today],
    );
    await q(
      `INSERT INTO item_organizations (item_id, organization_id, role, position)
       SELECT ${uid('item', 'k')}, ${uid('org', leadOrg('k'))}, 'lead', 0 FROM generate_series(1, ${leadItems}) k
       UNION ALL
       SELECT ${uid('item', 'k')}, ${uid('org', supportOrg('k'))}, 'support', 1 FROM generate_series(1, ${n - leadItems}) k`,
    );
    // States by share: assigned 15%, signed 10%, in progress 35%, completion requested 8%, completed 27%, cancelled 5%.
    await q(
      `INSERT INTO assignments (id, item_id, organization_id, role, state, due_date, cadence, percent, assigned_by_id,
                                handler_id, signed_at, completed_at, completion_summary, return_reason, cancel_reason,
                                next_reminder_at, reminders_planned_at, version, created_at, updated_at)
       SELECT id, item_id, organization_id, role, state, due_date, cadence,
              CASE state WHEN 'assigned' THEN 0 WHEN 'signed' THEN h % 10 WHEN 'in_progress' THEN 10 + h % 81
                         WHEN 'cancelled' THEN h % 50 ELSE 100 END,
              ${uid('supervisor', `i % ${SUPERVISORS} + 1`)},
              CASE WHEN h % 3 = 0 AND state NOT IN ('completed','cancelled') THEN ${uid('staff', `${orgOf('i')} * 10 + h % 2 + 1`)} END,
              CASE WHEN state <> 'assigned' THEN created + interval '2 days' END,
              CASE WHEN state = 'completed' THEN LEAST(COALESCE(due_date, ${spanDays ? `CAST(created AS date) + 60` : '$1::date'}) + (h % 21 - 12), $1::date - 1) + interval '10 hours' END,
              CASE WHEN state IN ('completion_requested','completed') THEN '已按要求完成，相关材料已报送。' END,
              CASE WHEN state = 'in_progress' AND h % 5 = 0 THEN '材料不完整，请补充佐证材料后重新申请。' END,
              CASE WHEN state = 'cancelled' THEN '工作调整，撤销交办。' END,
              CASE WHEN state NOT IN ('completed','cancelled') AND due_date IS NOT NULL THEN due_date - 7 + interval '1 hour' END,
              created,
              CASE state WHEN 'assigned' THEN 1 WHEN 'signed' THEN 2 WHEN 'in_progress' THEN 3 ELSE 4 END,
              created, created + interval '3 days'
         FROM (
           SELECT i, ${spread('i')} AS h, ${uid('assignment', 'i')} AS id, ${uid('item', itemOf('i'))} AS item_id,
                  ${uid('org', orgOf('i'))} AS organization_id,
                  CASE WHEN i <= ${leadItems} THEN 'lead' ELSE 'support' END AS role,
                  ${stateOf('i', itemOf('i'))} AS state,
                  ${dueOf(itemOf('i'))} AS due_date, ${cadenceOf(itemOf('i'))} AS cadence,
                  ${createdOf('i', itemOf('i'))} AS created
             FROM generate_series(1, ${n}) i
         ) a${spanDays ? `
         ORDER BY created` : ''}`,
      [today],
    );
    // The seeded assignments, numbered, and the signed ones among them: reports go only to those.
    await q(
      `CREATE TEMP TABLE scale_assignments ON COMMIT DROP AS
       SELECT a.*, row_number() OVER (ORDER BY a.created_at, a.id) AS rn FROM assignments a
        WHERE a.id IN (SELECT ${uid('assignment', 'i')} FROM generate_series(1, ${n}) i)`,
    );
    await q(
      `CREATE TEMP TABLE scale_signed ON COMMIT DROP AS
       SELECT row_number() OVER (ORDER BY a.rn) AS rn, a.id, a.signed_at, a.percent, COALESCE(a.handler_id, st.id) AS author_id
         FROM scale_assignments a
         LEFT JOIN (SELECT DISTINCT ON (u.organization_id) u.organization_id, u.id FROM users u
                     WHERE u.role = 'org_staff' ORDER BY u.organization_id, u.username) st ON st.organization_id = a.organization_id
        WHERE a.signed_at IS NOT NULL`,
    );
    await q('CREATE INDEX ON scale_signed (rn)');
    // Each report at its own hour after the signature, never after today.
    await q(
      `INSERT INTO progress_reports (id, assignment_id, author_id, done, next_steps, problems, help_needed, percent, created_at)
       SELECT ${uid('report', 'j')}, a.id, a.author_id,
              '第' || j || '次报送：按计划推进，完成阶段性工作。', '继续推进下一阶段工作。',
              CASE WHEN j % 7 = 0 THEN '资金到位较慢。' ELSE '' END, CASE WHEN j % 11 = 0 THEN '需财政部门协调。' ELSE '' END,
              LEAST(a.percent, (j % 10) * 10),
              LEAST(a.signed_at + (j % 2000) * interval '1 hour', $1::date - interval '1 hour' - (j % 600) * interval '1 minute')
                + (j % 3600) * interval '1 millisecond'
         FROM generate_series(1, ${m}) j
         JOIN scale_signed a ON a.rn = (j::bigint * 7919) % (SELECT count(*) FROM scale_signed) + 1`,
      [today],
    );
    await q(
      `INSERT INTO extension_requests (id, assignment_id, requested_by_id, current_due_date, new_due_date, reason, state, decided_by_id, decided_at, decision_reason, created_at, updated_at)
       SELECT ${uid('extension', 'a.rn')}, a.id, a.handler_id, a.due_date - 14, a.due_date, '客观原因导致进度滞后，申请延期两周。',
              s.state, CASE WHEN s.state <> 'pending' THEN a.assigned_by_id END,
              CASE WHEN s.state <> 'pending' THEN a.created_at + interval '20 days' END,
              CASE WHEN s.state = 'rejected' THEN '理由不充分。' END,
              a.created_at + interval '15 days', a.created_at + interval '20 days'
         FROM scale_assignments a
         CROSS JOIN LATERAL (SELECT a.rn AS i) n
         CROSS JOIN LATERAL (SELECT CASE WHEN ${spread('i')} % 3 = 2 AND a.state IN ('signed','in_progress') THEN 'pending'
                                         WHEN ${spread('i')} % 3 = 1 THEN 'rejected' ELSE 'approved' END AS state) s
        WHERE ${spread('i')} % 20 = 1 AND a.due_date IS NOT NULL AND a.state <> 'assigned'`,
    );
    await q(
      `INSERT INTO audit_events (id, actor_id, action, entity_type, entity_id, after, ip, created_at)
       SELECT ${uid('audit', 'row_number() OVER ()')}, * FROM (
       SELECT assigned_by_id, 'assignment.create', 'assignment', id, jsonb_build_object('state', 'assigned'), '10.0.0.1', created_at FROM scale_assignments
       UNION ALL
       SELECT assigned_by_id, CASE state WHEN 'completed' THEN 'assignment.approve' ELSE 'assignment.cancel' END, 'assignment', id,
              jsonb_build_object('state', state), '10.0.0.1', updated_at FROM scale_assignments
        WHERE state IN ('completed','cancelled')
       UNION ALL
       SELECT assigned_by_id, 'assignment.return', 'assignment', id, jsonb_build_object('reason', return_reason), '10.0.0.1', updated_at
         FROM scale_assignments WHERE return_reason IS NOT NULL) e`,
    );
    await q(
      `INSERT INTO audit_events (id, actor_id, action, entity_type, entity_id, after, ip, created_at)
       SELECT ${uid('audit', `${4 * n} + row_number() OVER (ORDER BY created_at)`)}, author_id, 'assignment.report', 'assignment', assignment_id, jsonb_build_object('percent', percent), '10.0.0.2', created_at
         FROM progress_reports WHERE assignment_id IN (SELECT id FROM scale_signed)`,
    );
    for (const index of deferred) await q(index.indexdef);
    for (const key of keys) await q(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
    const counted = (await q(
      `SELECT (SELECT count(*) FROM progress_reports WHERE assignment_id IN (SELECT id FROM scale_signed)) AS reports,
              (SELECT count(*) FROM extension_requests WHERE assignment_id IN (SELECT id FROM scale_assignments)) AS extensions,
              (SELECT count(*) FROM audit_events WHERE entity_id IN (SELECT id FROM scale_assignments)) AS audit`,
    )) as { rows: Array<{ reports: string; extensions: string; audit: string }> };
    totals = counted.rows[0] ?? totals;
    await q('COMMIT');
  } catch (error) {
    await q('ROLLBACK');
    throw error;
  }
  // The reports' trigger rewrote each reported assignment (last_report_at): vacuumed, as autovacuum
  // would have by the time anyone looks, so that index scans do not visit the dead row versions.
  await q('VACUUM (ANALYZE) assignments');
  await q('ANALYZE');
  return {
    organizations: SCALE_ORGANIZATIONS,
    users: SCALE_ORGANIZATIONS * 3 + SUPERVISORS + 5 + 2,
    speeches,
    items: leadItems,
    assignments: n,
    reports: Number(totals.reports),
    extensionRequests: Number(totals.extensions),
    auditEvents: Number(totals.audit),
    logins: {
      supervisor: 'scale_supervisor_1',
      orgAdmin: 'scale_admin_1',
      orgStaff: 'scale_staff_21_1',
      viewer: 'scale_viewer_1',
      admin: 'scale_sysadmin_1',
    },
  };
}
