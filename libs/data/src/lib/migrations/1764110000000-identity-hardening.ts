import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 等级保护 2.0 identity items: lockout and password state on each user (in PostgreSQL, so every
 * API replica agrees), server-side sessions with a sliding idle expiry, and the source address of
 * every audit event.
 */
export class IdentityHardening1764110000000 implements MigrationInterface {
  name = 'IdentityHardening1764110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN failed_login_count integer NOT NULL DEFAULT 0,
        ADD COLUMN locked_until timestamptz,
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN password_changed_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN password_policy_exempt boolean NOT NULL DEFAULT false;

      CREATE TABLE user_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        ip varchar(64),
        created_at timestamptz NOT NULL,
        last_active_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason varchar(16)
      );
      CREATE INDEX user_sessions_open_idx ON user_sessions (user_id) WHERE ended_at IS NULL;

      ALTER TABLE audit_events ADD COLUMN ip varchar(64);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit_events DROP COLUMN ip;
      DROP TABLE user_sessions;
      ALTER TABLE users
        DROP COLUMN failed_login_count,
        DROP COLUMN locked_until,
        DROP COLUMN must_change_password,
        DROP COLUMN password_changed_at,
        DROP COLUMN password_policy_exempt;
    `);
  }
}
