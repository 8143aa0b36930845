import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        short_name varchar(100),
        aliases text[] NOT NULL DEFAULT '{}',
        kind varchar(32) NOT NULL CHECK (kind IN ('party_committee','party_group','party_dept','mass_org','government','other')),
        parent_id uuid REFERENCES organizations(id) ON DELETE RESTRICT,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX organizations_name_key ON organizations (name);
      CREATE INDEX organizations_parent_id_idx ON organizations (parent_id);
      CREATE INDEX organizations_kind_idx ON organizations (kind);

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(64) NOT NULL,
        display_name varchar(100) NOT NULL,
        role varchar(16) NOT NULL CHECK (role IN ('admin','supervisor','org_admin','org_staff','viewer')),
        organization_id uuid REFERENCES organizations(id) ON DELETE RESTRICT,
        email varchar(200),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role NOT IN ('org_admin','org_staff') OR organization_id IS NOT NULL)
      );
      CREATE UNIQUE INDEX users_username_key ON users (lower(username));
      CREATE INDEX users_role_idx ON users (role);
      CREATE INDEX users_organization_id_idx ON users (organization_id);

      CREATE TABLE speeches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(300) NOT NULL,
        date date,
        speaker varchar(100),
        meeting varchar(300),
        raw_text text NOT NULL,
        source_file_name varchar(300),
        status varchar(16) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','extracted','published')),
        audience_ids uuid[] NOT NULL DEFAULT '{}',
        created_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        published_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        published_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX speeches_status_idx ON speeches (status);
      CREATE INDEX speeches_date_idx ON speeches (date);

      CREATE TABLE items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        speech_id uuid REFERENCES speeches(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES items(id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL CHECK (kind IN ('section','directive','commitment')),
        title varchar(300) NOT NULL,
        text text NOT NULL DEFAULT '',
        span_start integer,
        span_end integer,
        due_date date,
        cadence varchar(16) CHECK (cadence IN ('weekly','semimonthly','monthly','quarterly','semiannual','yearly')),
        confidence real,
        status varchar(16) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published','cancelled')),
        position integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (span_start IS NULL OR span_end IS NULL OR span_start <= span_end)
      );
      CREATE INDEX items_speech_id_idx ON items (speech_id, position);
      CREATE INDEX items_parent_id_idx ON items (parent_id);
      CREATE INDEX items_status_idx ON items (status);
      CREATE INDEX items_kind_idx ON items (kind);
      CREATE INDEX items_due_date_idx ON items (due_date);

      CREATE TABLE item_organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
        role varchar(16) NOT NULL CHECK (role IN ('lead','support')),
        position integer NOT NULL DEFAULT 0,
        UNIQUE (item_id, organization_id)
      );
      CREATE INDEX item_organizations_organization_id_idx ON item_organizations (organization_id);

      CREATE TABLE assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
        role varchar(16) NOT NULL CHECK (role IN ('lead','support')),
        state varchar(24) NOT NULL DEFAULT 'assigned'
          CHECK (state IN ('assigned','signed','in_progress','completion_requested','completed','cancelled')),
        due_date date,
        cadence varchar(16) CHECK (cadence IN ('weekly','semimonthly','monthly','quarterly','semiannual','yearly')),
        percent smallint NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        assigned_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        signed_at timestamptz,
        completed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (item_id, organization_id)
      );
      CREATE INDEX assignments_organization_id_idx ON assignments (organization_id);
      CREATE INDEX assignments_state_idx ON assignments (state);
      CREATE INDEX assignments_due_date_idx ON assignments (due_date);
      CREATE INDEX assignments_role_idx ON assignments (role);

      CREATE TABLE progress_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id uuid NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        done text NOT NULL,
        next_steps text NOT NULL DEFAULT '',
        problems text NOT NULL DEFAULT '',
        help_needed text NOT NULL DEFAULT '',
        percent smallint NOT NULL CHECK (percent BETWEEN 0 AND 100),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX progress_reports_assignment_id_idx ON progress_reports (assignment_id, created_at);

      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id uuid NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
        report_id uuid REFERENCES progress_reports(id) ON DELETE SET NULL,
        name varchar(300) NOT NULL,
        size bigint NOT NULL,
        type varchar(200) NOT NULL,
        storage_key varchar(500) NOT NULL,
        uploaded_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX attachments_assignment_id_idx ON attachments (assignment_id);
      CREATE INDEX attachments_report_id_idx ON attachments (report_id);

      CREATE TABLE extension_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id uuid NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
        requested_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        current_due_date date NOT NULL,
        new_due_date date NOT NULL,
        reason text NOT NULL,
        state varchar(16) NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','approved','rejected')),
        decided_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX extension_requests_assignment_id_idx ON extension_requests (assignment_id);
      CREATE INDEX extension_requests_state_idx ON extension_requests (state);

      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        assignment_id uuid REFERENCES assignments(id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL,
        channel varchar(16) NOT NULL DEFAULT 'in_app' CHECK (channel IN ('in_app','email','webhook')),
        title varchar(300) NOT NULL,
        body text NOT NULL DEFAULT '',
        dedupe_key varchar(300) NOT NULL,
        sender_id uuid REFERENCES users(id) ON DELETE SET NULL,
        delivered_at timestamptz,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX notifications_dedupe_key_key ON notifications (dedupe_key);
      CREATE INDEX notifications_recipient_id_idx ON notifications (recipient_id, created_at DESC);
      CREATE INDEX notifications_assignment_id_idx ON notifications (assignment_id);
      CREATE INDEX notifications_kind_idx ON notifications (kind);

      CREATE TABLE reminder_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        speech_id uuid REFERENCES speeches(id) ON DELETE CASCADE,
        organization_id uuid REFERENCES organizations(id) ON DELETE CASCADE,
        due_soon_days integer[] NOT NULL DEFAULT '{7,1}',
        overdue_every_days integer NOT NULL DEFAULT 3 CHECK (overdue_every_days > 0),
        escalate_after_days integer NOT NULL DEFAULT 7 CHECK (escalate_after_days >= 0),
        channels varchar[] NOT NULL DEFAULT '{in_app,email}',
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX reminder_rules_speech_id_idx ON reminder_rules (speech_id);
      CREATE INDEX reminder_rules_organization_id_idx ON reminder_rules (organization_id);

      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES users(id) ON DELETE RESTRICT,
        action varchar(64) NOT NULL,
        entity_type varchar(64) NOT NULL,
        entity_id uuid,
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id);
      CREATE INDEX audit_events_actor_id_idx ON audit_events (actor_id);
      CREATE INDEX audit_events_action_idx ON audit_events (action);
      CREATE INDEX audit_events_created_at_idx ON audit_events (created_at DESC);

      -- The audit trail is append-only, whatever the application does.
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_events, reminder_rules, notifications, extension_requests, attachments,
        progress_reports, assignments, item_organizations, items, speeches, users, organizations CASCADE;
      DROP FUNCTION audit_events_refuse_change();
    `);
  }
}
