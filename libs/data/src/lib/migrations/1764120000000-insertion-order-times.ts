import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * now() is the start of the transaction, so of two reports serialized by the assignment's row lock
 * the one written second could carry the earlier time. clock_timestamp() is the moment of the
 * insert: under the lock, the newest report (and audit event) is the one written last.
 */
export class InsertionOrderTimes1764120000000 implements MigrationInterface {
  name = 'InsertionOrderTimes1764120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE progress_reports ALTER COLUMN created_at SET DEFAULT clock_timestamp();
      ALTER TABLE audit_events ALTER COLUMN created_at SET DEFAULT clock_timestamp();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE progress_reports ALTER COLUMN created_at SET DEFAULT now();
      ALTER TABLE audit_events ALTER COLUMN created_at SET DEFAULT now();
    `);
  }
}
