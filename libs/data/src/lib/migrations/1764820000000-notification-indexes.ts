import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every notification row is written once per reminder (100,000 at one instant at a province's
 * scale) and read only as a recipient's inbox (in-app, newest first), its unread count, and the
 * scheduler's sweep for in-app rows left undelivered. Three indexes served none of those better
 * than another one did and cost every insert: `(kind)` (never filtered on alone),
 * `(recipient_id, read_at)` (the unread count uses the partial unread index) and the partial inbox
 * index (the same keys as `(recipient_id, created_at DESC)`, and every row is in-app). The sweep
 * scanned the whole table; it gets a partial index that holds only undelivered rows, which
 * reminders never are (they are stored delivered).
 */
export class NotificationIndexes1764820000000 implements MigrationInterface {
  name = 'NotificationIndexes1764820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`DROP INDEX notifications_kind_idx`);
    await q.query(`DROP INDEX notifications_recipient_read_idx`);
    await q.query(`DROP INDEX notifications_inbox_idx`);
    await q.query(`CREATE INDEX notifications_undelivered_idx ON notifications (created_at) WHERE channel = 'in_app' AND delivered_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_undelivered_idx`);
    await q.query(`CREATE INDEX notifications_inbox_idx ON notifications (recipient_id, created_at DESC) WHERE channel = 'in_app'`);
    await q.query(`CREATE INDEX notifications_recipient_read_idx ON notifications (recipient_id, read_at)`);
    await q.query(`CREATE INDEX notifications_kind_idx ON notifications (kind)`);
  }
}
