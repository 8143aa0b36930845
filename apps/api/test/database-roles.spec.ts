import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/**
 * The API's and worker's role (DATABASE_URL) owns nothing: it cannot switch off the append-only
 * audit trail, whatever it sends. Only the owner (MIGRATION_DATABASE_URL, the migrate step) can.
 */
describe('the app’s database role', () => {
  let app: Client;
  beforeAll(async () => {
    app = await connect(inject('databaseUrl'));
  });
  afterAll(() => app.end());

  it('is not the owner and owns nothing', async () => {
    const owner = new URL(inject('migrationDatabaseUrl')).username;
    const { rows } = await app.query<{ me: string; superuser: boolean; owned: string }>(
      `SELECT current_user AS me, r.rolsuper AS superuser,
              (SELECT COUNT(*) FROM pg_class c WHERE c.relowner = r.oid) AS owned
       FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]?.me).not.toBe(owner);
    expect(rows[0]?.superuser).toBe(false);
    expect(Number(rows[0]?.owned)).toBe(0);
  });

  it('appends to and reads the audit trail, and nothing more', async () => {
    await app.query(`INSERT INTO audit_events (action, entity_type) VALUES ('roles.test', 'test')`);
    expect((await app.query(`SELECT 1 FROM audit_events WHERE action = 'roles.test'`)).rowCount).toBeGreaterThan(0);
    await expect(app.query(`UPDATE audit_events SET action = 'forged' WHERE action = 'roles.test'`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`DELETE FROM audit_events WHERE action = 'roles.test'`)).rejects.toThrow(/permission denied/);
  });

  it.each([
    'ALTER TABLE audit_events DISABLE TRIGGER ALL',
    'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only',
    'SET session_replication_role = replica',
    'TRUNCATE audit_events',
    'DROP TABLE audit_events',
    'CREATE TABLE intruder (id int)',
    'ALTER TABLE users ADD COLUMN intruder int',
  ])('is refused: %s', async (statement) => {
    await expect(app.query(statement)).rejects.toThrow(/permission denied|must be owner/);
  });

  it('even the owner meets the append-only trigger on TRUNCATE', async () => {
    const owner = await connect(inject('migrationDatabaseUrl'));
    try {
      await expect(owner.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });
});

describe('docker/: the owner’s credentials go to the migrate service only', () => {
  const dockerDir = join(__dirname, '../../../docker');
  type Service = { command?: string[]; environment?: Record<string, string>; volumes?: string[] };
  const compose = parse(readFileSync(join(dockerDir, 'compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };

  it('migrate migrates as luoshi_owner; api and worker connect as luoshi_app and hold nothing of the owner', () => {
    const { migrate, api, worker, postgres } = compose.services;
    expect(migrate?.command).toEqual(['node', 'dist/apps/api/main.js', 'migrate']);
    expect(migrate?.environment?.['MIGRATION_DATABASE_URL']).toMatch(/^postgres:\/\/luoshi_owner:\$\{LUOSHI_OWNER_PASSWORD/);
    for (const service of [migrate, api, worker]) {
      expect(service?.environment?.['DATABASE_URL']).toMatch(/^postgres:\/\/luoshi_app:\$\{LUOSHI_APP_PASSWORD/);
    }
    for (const service of [api, worker]) {
      expect(JSON.stringify(service?.environment)).not.toMatch(/luoshi_owner|LUOSHI_OWNER_PASSWORD|MIGRATION_DATABASE_URL/);
    }
    expect(api?.environment?.['MIGRATE_ON_START']).toBe('false');
    expect(postgres?.volumes).toContain('./postgres-init:/docker-entrypoint-initdb.d:ro');
  });

  it('the init script creates both roles, neither a superuser, and the database owned by the owner', () => {
    const script = readFileSync(join(dockerDir, 'postgres-init/10-luoshi-roles.sh'), 'utf8');
    expect(script).toMatch(/CREATE ROLE luoshi_owner LOGIN NOSUPERUSER/);
    expect(script).toMatch(/CREATE ROLE luoshi_app LOGIN NOSUPERUSER/);
    expect(script).toMatch(/CREATE DATABASE luoshi OWNER luoshi_owner/);
    const example = readFileSync(join(dockerDir, 'env.example'), 'utf8');
    expect(example).toMatch(/^LUOSHI_OWNER_PASSWORD=$/m);
    expect(example).toMatch(/^LUOSHI_APP_PASSWORD=$/m);
  });
});
