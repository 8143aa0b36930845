import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An assignment's handler (经办人): a user of its organization or a sub-organization, set by the org admin. */
export class AssignmentHandler1764050000000 implements MigrationInterface {
  name = 'AssignmentHandler1764050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE assignments ADD COLUMN handler_id uuid REFERENCES users(id) ON DELETE SET NULL;
      CREATE INDEX assignments_handler_idx ON assignments (handler_id) WHERE handler_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX assignments_handler_idx;
      ALTER TABLE assignments DROP COLUMN handler_id;
    `);
  }
}
