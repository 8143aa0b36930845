import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Keeps what extraction found but could not resolve, for the review screen to offer. */
export class SpeechExtraction1763900000000 implements MigrationInterface {
  name = 'SpeechExtraction1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE speeches ADD COLUMN unresolved_orgs jsonb NOT NULL DEFAULT '[]';
      ALTER TABLE speeches ADD COLUMN extracted_at timestamptz;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE speeches DROP COLUMN unresolved_orgs, DROP COLUMN extracted_at;`);
  }
}
