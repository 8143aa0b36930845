import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

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
