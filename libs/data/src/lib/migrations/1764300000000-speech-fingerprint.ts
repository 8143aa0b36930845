import type { MigrationInterface, QueryRunner } from 'typeorm';
import { speechFingerprint } from '../speech-fingerprint';

/** The hash of a speech's normalized text, so a second upload of the same speech is recognised. */
export class SpeechFingerprint1764300000000 implements MigrationInterface {
  name = 'SpeechFingerprint1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE speeches ADD COLUMN text_fingerprint char(64)`);
    const rows: Array<{ id: string; raw_text: string }> = await q.query(`SELECT id, raw_text FROM speeches`);
    for (const row of rows) {
      await q.query(`UPDATE speeches SET text_fingerprint = $2 WHERE id = $1`, [row.id, speechFingerprint(row.raw_text)]);
    }
    await q.query(`CREATE INDEX speeches_text_fingerprint_idx ON speeches (text_fingerprint)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX speeches_text_fingerprint_idx; ALTER TABLE speeches DROP COLUMN text_fingerprint`);
  }
}
