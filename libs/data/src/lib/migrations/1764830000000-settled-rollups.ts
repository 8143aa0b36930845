import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The leaders' view's settled history, rolled up: per organization and month, the completed
 * assignments whose completion and due date both lie before that month ended (UTC months), with
 * what every figure needs of them (how many, with a due date, on time, late, days late). Whatever
 * period a dashboard asks for, such an assignment counts the same (completed, not open, not
 * overdue, percent 100), so the aggregates read the months before the period from here and only
 * the rest of the rows (open, cancelled, completed recently or due recently) from assignments:
 * their cost follows the current work, not the years of history.
 *
 * Kept by row triggers on assignments whoever writes (the API, the worker, the generators, a
 * fixture), firing only for rows that are or were completed. "On time" is a calendar day in the
 * office's time zone, held in dashboard_settings (the API writes its TIME_ZONE there and rebuilds
 * the roll-up when it differs, see settled_rollup_rebuild).
 */
export class SettledRollups1764830000000 implements MigrationInterface {
  name = 'SettledRollups1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`
      CREATE TABLE dashboard_settings (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        time_zone text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO dashboard_settings (time_zone) VALUES ('Asia/Shanghai');

      -- The cancelled assignments a period counts (cancelled at or after its start), found without
      -- reading every cancellation of the history.
      CREATE INDEX assignments_cancelled_at_idx ON assignments (cancelled_at) WHERE state = 'cancelled';

      CREATE TABLE settled_assignment_rollups (
        organization_id uuid NOT NULL,
        month date NOT NULL,
        assignments integer NOT NULL,
        with_due integer NOT NULL,
        on_time integer NOT NULL,
        late integer NOT NULL,
        late_days bigint NOT NULL,
        PRIMARY KEY (organization_id, month)
      );

      -- The UTC month an assignment settles in: that of the later of its completion and its due
      -- date (-infinity for a completed row with neither, which counts as completed long ago).
      CREATE FUNCTION settled_month(completed_at timestamptz, due_date date) RETURNS date
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT COALESCE(CAST(date_trunc('month', GREATEST(completed_at AT TIME ZONE 'UTC', CAST(due_date AS timestamp))) AS date), '-infinity'::date)
      $$;

      CREATE FUNCTION settled_rollup_apply(a assignments, sign integer) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        day date;
      BEGIN
        IF a.state <> 'completed' THEN RETURN; END IF;
        SELECT CAST(a.completed_at AT TIME ZONE s.time_zone AS date) INTO day FROM dashboard_settings s WHERE s.id = 1;
        INSERT INTO settled_assignment_rollups AS r (organization_id, month, assignments, with_due, on_time, late, late_days)
        VALUES (a.organization_id, settled_month(a.completed_at, a.due_date), sign,
                sign * CAST(a.due_date IS NOT NULL AS integer),
                sign * CAST(COALESCE(day <= a.due_date, false) AS integer),
                sign * CAST(COALESCE(day > a.due_date, false) AS integer),
                sign * COALESCE(GREATEST(day - a.due_date, 0), 0))
        ON CONFLICT (organization_id, month) DO UPDATE SET
          assignments = r.assignments + EXCLUDED.assignments,
          with_due = r.with_due + EXCLUDED.with_due,
          on_time = r.on_time + EXCLUDED.on_time,
          late = r.late + EXCLUDED.late,
          late_days = r.late_days + EXCLUDED.late_days;
      END $$;

      CREATE FUNCTION assignments_settled_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM settled_rollup_apply(OLD, -1); END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM settled_rollup_apply(NEW, 1); END IF;
        RETURN NULL;
      END $$;

      -- Rebuilt from the assignments in one statement: after a change of the office's time zone,
      -- or when the rows were written with the triggers off. DELETE, not TRUNCATE: the API's role
      -- may run it.
      CREATE FUNCTION settled_rollup_rebuild() RETURNS void LANGUAGE sql AS $$
        DELETE FROM settled_assignment_rollups;
        INSERT INTO settled_assignment_rollups (organization_id, month, assignments, with_due, on_time, late, late_days)
        SELECT a.organization_id, settled_month(a.completed_at, a.due_date), COUNT(*),
               COUNT(a.due_date),
               COUNT(*) FILTER (WHERE CAST(a.completed_at AT TIME ZONE s.time_zone AS date) <= a.due_date),
               COUNT(*) FILTER (WHERE CAST(a.completed_at AT TIME ZONE s.time_zone AS date) > a.due_date),
               COALESCE(SUM(CAST(a.completed_at AT TIME ZONE s.time_zone AS date) - a.due_date)
                 FILTER (WHERE CAST(a.completed_at AT TIME ZONE s.time_zone AS date) > a.due_date), 0)
          FROM assignments a CROSS JOIN dashboard_settings s
         WHERE a.state = 'completed'
         GROUP BY 1, 2;
      $$;

      CREATE FUNCTION assignments_truncated_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM settled_assignment_rollups;
        RETURN NULL;
      END $$;

      CREATE TRIGGER assignments_settled_rollup_insert AFTER INSERT ON assignments
        FOR EACH ROW WHEN (NEW.state = 'completed') EXECUTE FUNCTION assignments_settled_rollup();
      CREATE TRIGGER assignments_settled_rollup_update AFTER UPDATE OF state, completed_at, due_date, organization_id ON assignments
        FOR EACH ROW WHEN (OLD.state = 'completed' OR NEW.state = 'completed') EXECUTE FUNCTION assignments_settled_rollup();
      CREATE TRIGGER assignments_settled_rollup_delete AFTER DELETE ON assignments
        FOR EACH ROW WHEN (OLD.state = 'completed') EXECUTE FUNCTION assignments_settled_rollup();
      CREATE TRIGGER assignments_settled_rollup_truncate AFTER TRUNCATE ON assignments
        FOR EACH STATEMENT EXECUTE FUNCTION assignments_truncated_rollup();

      SELECT settled_rollup_rebuild();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER assignments_settled_rollup_truncate ON assignments;
      DROP TRIGGER assignments_settled_rollup_delete ON assignments;
      DROP TRIGGER assignments_settled_rollup_update ON assignments;
      DROP TRIGGER assignments_settled_rollup_insert ON assignments;
      DROP FUNCTION assignments_truncated_rollup();
      DROP FUNCTION settled_rollup_rebuild();
      DROP FUNCTION assignments_settled_rollup();
      DROP FUNCTION settled_rollup_apply(assignments, integer);
      DROP FUNCTION settled_month(timestamptz, date);
      DROP TABLE settled_assignment_rollups;
      DROP TABLE dashboard_settings;
      DROP INDEX assignments_cancelled_at_idx;
    `);
  }
}
