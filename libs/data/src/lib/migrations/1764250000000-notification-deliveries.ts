import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Group robots per organization, users' e-mail preference, and the log of external deliveries. */
export class NotificationDeliveries1764250000000 implements MigrationInterface {
  name = 'NotificationDeliveries1764250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_channels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL CHECK (kind IN ('dingtalk','wecom','feishu','webhook')),
        name varchar(100) NOT NULL,
        url text NOT NULL,
        secret text,
        enabled boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX notification_channels_organization_idx ON notification_channels (organization_id);

      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        email_enabled boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dedupe_key varchar(400) NOT NULL,
        channel varchar(16) NOT NULL CHECK (channel IN ('email','dingtalk','wecom','feishu','webhook')),
        mode varchar(16) NOT NULL CHECK (mode IN ('immediate','digest')),
        recipient_id uuid REFERENCES users(id) ON DELETE CASCADE,
        notification_channel_id uuid REFERENCES notification_channels(id) ON DELETE CASCADE,
        organization_id uuid REFERENCES organizations(id) ON DELETE CASCADE,
        address varchar(300) NOT NULL,
        digest_date date,
        state varchar(16) NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','sent','failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        due_at timestamptz NOT NULL,
        sealed_at timestamptz,
        sent_at timestamptz,
        failed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((recipient_id IS NULL) <> (notification_channel_id IS NULL))
      );
      CREATE UNIQUE INDEX deliveries_dedupe_key_key ON deliveries (dedupe_key);
      CREATE INDEX deliveries_state_idx ON deliveries (state, due_at);
      CREATE INDEX deliveries_created_idx ON deliveries (created_at DESC);

      CREATE TABLE delivery_notifications (
        delivery_id uuid NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
        notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        PRIMARY KEY (delivery_id, notification_id)
      );
      CREATE INDEX delivery_notifications_notification_idx ON delivery_notifications (notification_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE delivery_notifications;
      DROP TABLE deliveries;
      DROP TABLE notification_preferences;
      DROP TABLE notification_channels;
    `);
  }
}
