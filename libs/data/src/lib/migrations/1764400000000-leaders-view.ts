import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The leaders' view recomputes any past period, so it needs when each assignment was withdrawn
 * (cancelled_at, backfilled from the audit trail; due-date changes are the approved
 * extension_requests with their decided_at), the 考评 schemes (one active), the issued 督查通报
 * (numbered per year, the number kept), and indexes for the period aggregates.
 */
export class LeadersView1764400000000 implements MigrationInterface {
  name = 'LeadersView1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE assignments ADD COLUMN cancelled_at timestamptz;
      UPDATE assignments a SET cancelled_at = COALESCE(
        (SELECT MIN(e.created_at) FROM audit_events e
          WHERE e.entity_type = 'assignment' AND e.entity_id = a.id AND e.action = 'assignment.cancel'),
        a.updated_at)
      WHERE a.state = 'cancelled';
      CREATE INDEX assignments_created_at_idx ON assignments (created_at);
      CREATE INDEX assignments_completed_at_idx ON assignments (completed_at) WHERE completed_at IS NOT NULL;
      CREATE INDEX extension_requests_approved_idx ON extension_requests (assignment_id, decided_at) WHERE state = 'approved';
      CREATE INDEX audit_events_action_created_idx ON audit_events (action, created_at);

      CREATE TABLE scoring_schemes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        active boolean NOT NULL DEFAULT false,
        base real NOT NULL,
        overdue_penalty real NOT NULL,
        overdue_day_penalty real NOT NULL,
        overdue_day_cap real NOT NULL,
        missed_report_penalty real NOT NULL,
        return_penalty real NOT NULL,
        early_bonus real NOT NULL,
        early_days integer NOT NULL,
        early_bonus_cap real NOT NULL,
        floor real NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX scoring_schemes_one_active_key ON scoring_schemes ((true)) WHERE active;
      CREATE UNIQUE INDEX scoring_schemes_name_key ON scoring_schemes (name);
      INSERT INTO scoring_schemes (name, active, base, overdue_penalty, overdue_day_penalty, overdue_day_cap,
        missed_report_penalty, return_penalty, early_bonus, early_days, early_bonus_cap, floor)
      VALUES ('默认考评方案', true, 100, 2, 0.5, 10, 1, 1, 1, 7, 5, 0);

      CREATE TABLE bulletins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year integer NOT NULL,
        number integer NOT NULL,
        title varchar(200) NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        content jsonb NOT NULL,
        issued_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (year, number),
        UNIQUE (period_from, period_to)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE bulletins;
      DROP TABLE scoring_schemes;
      DROP INDEX audit_events_action_created_idx;
      DROP INDEX extension_requests_approved_idx;
      DROP INDEX assignments_completed_at_idx;
      DROP INDEX assignments_created_at_idx;
      ALTER TABLE assignments DROP COLUMN cancelled_at;
    `);
  }
}
