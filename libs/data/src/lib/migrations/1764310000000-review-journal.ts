import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 审阅撤销: before each review action on a speech's drafts (edit, delete, merge, split) the draft
 * items and their planned organizations are kept here, the last 20 per speech, until publishing.
 */
export class ReviewJournal1764310000000 implements MigrationInterface {
  name = 'ReviewJournal1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_journal (
        seq bigserial PRIMARY KEY,
        speech_id uuid NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
        action varchar(16) NOT NULL,
        title varchar(300) NOT NULL DEFAULT '',
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        items jsonb NOT NULL,
        plans jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX review_journal_speech_idx ON review_journal (speech_id, seq DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE review_journal`);
  }
}
