import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each assignment's latest report time (assignments.last_report_at), kept by triggers on
 * progress_reports in the statement that writes them, whoever writes them (the API's report, the
 * demo and scale generators, a test's fixture): the dashboard's 未按期报送 and the yellow light read
 * it instead of probing the million reports once per open assignment. Statement-level triggers,
 * so a bulk insert updates each assignment once. A report's time never changes (reports are
 * append-only); a deleted one recomputes its assignment's.
 */
export class LastReportAt1764600000000 implements MigrationInterface {
  name = 'LastReportAt1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`
      ALTER TABLE assignments ADD COLUMN last_report_at timestamptz;
      UPDATE assignments a SET last_report_at = r.at
        FROM (SELECT assignment_id, MAX(created_at) AS at FROM progress_reports GROUP BY assignment_id) r
        WHERE r.assignment_id = a.id;

      CREATE FUNCTION progress_reports_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE assignments a SET last_report_at = GREATEST(a.last_report_at, n.at)
          FROM (SELECT assignment_id, MAX(created_at) AS at FROM new_reports GROUP BY assignment_id) n
          WHERE a.id = n.assignment_id AND a.last_report_at IS DISTINCT FROM GREATEST(a.last_report_at, n.at);
        RETURN NULL;
      END $$;
      CREATE FUNCTION progress_reports_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE assignments a SET last_report_at = (SELECT MAX(r.created_at) FROM progress_reports r WHERE r.assignment_id = a.id)
          WHERE a.id IN (SELECT assignment_id FROM old_reports);
        RETURN NULL;
      END $$;
      CREATE TRIGGER progress_reports_last_report_insert AFTER INSERT ON progress_reports
        REFERENCING NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION progress_reports_inserted();
      CREATE TRIGGER progress_reports_last_report_delete AFTER DELETE ON progress_reports
        REFERENCING OLD TABLE AS old_reports FOR EACH STATEMENT EXECUTE FUNCTION progress_reports_deleted();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER progress_reports_last_report_delete ON progress_reports;
      DROP TRIGGER progress_reports_last_report_insert ON progress_reports;
      DROP FUNCTION progress_reports_deleted();
      DROP FUNCTION progress_reports_inserted();
      ALTER TABLE assignments DROP COLUMN last_report_at;
    `);
  }
}
