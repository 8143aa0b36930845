import { chineseDaysCalendar } from '@luoshi/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders: the admin-editable working-day calendar (seeded from chinese-days), the rule's send
 * time and periodic switch, one rule per organization / speech / default, and on each assignment
 * when the scheduler must look at it next. Planned reminders themselves are not stored: they are
 * derived from these rows whenever needed; the unique notification dedupe key makes sending once.
 */
export class Reminders1764200000000 implements MigrationInterface {
  name = 'Reminders1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_days (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        date date NOT NULL UNIQUE,
        working boolean NOT NULL,
        name varchar(50),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      ALTER TABLE reminder_rules
        ADD COLUMN send_time varchar(5) NOT NULL DEFAULT '09:00' CHECK (send_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        ADD COLUMN periodic_reports boolean NOT NULL DEFAULT true,
        ADD CONSTRAINT reminder_rules_one_scope CHECK (speech_id IS NULL OR organization_id IS NULL);
      CREATE UNIQUE INDEX reminder_rules_default_key ON reminder_rules ((true)) WHERE speech_id IS NULL AND organization_id IS NULL;
      CREATE UNIQUE INDEX reminder_rules_organization_key ON reminder_rules (organization_id) WHERE organization_id IS NOT NULL;
      CREATE UNIQUE INDEX reminder_rules_speech_key ON reminder_rules (speech_id) WHERE speech_id IS NOT NULL;
      INSERT INTO reminder_rules (name) VALUES ('默认规则');

      ALTER TABLE assignments
        ADD COLUMN next_reminder_at timestamptz DEFAULT now(),
        ADD COLUMN reminders_planned_at timestamptz;
      UPDATE assignments SET reminders_planned_at = now();
      CREATE INDEX assignments_next_reminder_idx ON assignments (next_reminder_at) WHERE next_reminder_at IS NOT NULL;

      ALTER TABLE notifications ADD COLUMN scheduled_for timestamptz;
      CREATE INDEX notifications_inbox_idx ON notifications (recipient_id, created_at DESC) WHERE channel = 'in_app';
      CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE channel = 'in_app' AND read_at IS NULL;
    `);
    const days = chineseDaysCalendar();
    for (let i = 0; i < days.length; i += 500) {
      const chunk = days.slice(i, i + 500);
      const values = chunk.map((_, j) => `($${j * 3 + 1}, $${j * 3 + 2}, $${j * 3 + 3})`).join(', ');
      await q.query(`INSERT INTO calendar_days (date, working, name) VALUES ${values}`, chunk.flatMap((d) => [d.date, d.working, d.name]));
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX notifications_unread_idx;
      DROP INDEX notifications_inbox_idx;
      ALTER TABLE notifications DROP COLUMN scheduled_for;
      DROP INDEX assignments_next_reminder_idx;
      ALTER TABLE assignments DROP COLUMN reminders_planned_at, DROP COLUMN next_reminder_at;
      DELETE FROM reminder_rules WHERE speech_id IS NULL AND organization_id IS NULL AND name = '默认规则';
      DROP INDEX reminder_rules_speech_key;
      DROP INDEX reminder_rules_organization_key;
      DROP INDEX reminder_rules_default_key;
      ALTER TABLE reminder_rules DROP CONSTRAINT reminder_rules_one_scope, DROP COLUMN periodic_reports, DROP COLUMN send_time;
      DROP TABLE calendar_days;
    `);
  }
}
