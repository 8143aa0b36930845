import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the supervision workflow records beside the state: why it moved, and one pending extension at a time. */
export class SupervisionWorkflow1764000000000 implements MigrationInterface {
  name = 'SupervisionWorkflow1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE assignments
        ADD COLUMN completion_summary text,
        ADD COLUMN return_reason text,
        ADD COLUMN cancel_reason text;
      CREATE UNIQUE INDEX extension_requests_one_pending_key ON extension_requests (assignment_id) WHERE state = 'pending';
      CREATE INDEX notifications_recipient_read_idx ON notifications (recipient_id, read_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX notifications_recipient_read_idx;
      DROP INDEX extension_requests_one_pending_key;
      ALTER TABLE assignments DROP COLUMN completion_summary, DROP COLUMN return_reason, DROP COLUMN cancel_reason;
    `);
  }
}
