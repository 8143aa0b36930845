import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 看板's progress chart and heatmap show the most recent speeches with counted work
 * (`ORDER BY date DESC NULLS LAST, id`): walked in this index's order, each probed for one counted
 * assignment, the look-up stops after the speeches shown. With the plain `(date)` index the order
 * did not match (a backward scan gives nulls first) and every speech was probed, then sorted.
 */
export class RecentSpeeches1764810000000 implements MigrationInterface {
  name = 'RecentSpeeches1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`CREATE INDEX speeches_recent_idx ON speeches (date DESC NULLS LAST, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX speeches_recent_idx`);
  }
}
