import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server the tests use: the machine's PostgreSQL unless TEST_DATABASE_URL says otherwise. */
export const TEST_SERVER_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** `name` on the test server, logged in as `role` (the server's own user when none is given). */
export function databaseUrl(name: string, role?: string, password?: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  if (role) {
    url.username = role;
    url.password = password ?? '';
  }
  return url.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * One test run's database and its two roles, as a deployment has them: the owner (migrations,
 * `ownerUrl`) and the app's role that owns nothing (`url`, what the API and worker get). Roles are
 * cluster-wide, so their names are per run too; dropTestDatabase removes all three.
 */
export interface TestDatabase {
  name: string;
  url: string;
  ownerUrl: string;
  ownerRole: string;
  appRole: string;
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `luoshi_test_${label}_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  const ownerRole = `${name}_owner`;
  const appRole = `${name}_app`;
  await admin(async (c) => {
    await c.query(`CREATE ROLE ${ownerRole} LOGIN PASSWORD '${password}'`);
    await c.query(`CREATE ROLE ${appRole} LOGIN PASSWORD '${password}'`);
    await c.query(`CREATE DATABASE ${name} OWNER ${ownerRole}`);
    // PostgreSQL 15+: public belongs to the database owner; older servers let everyone create in it.
    await c.query(`REVOKE ALL ON DATABASE ${name} FROM PUBLIC`);
    await c.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${name} TO ${appRole}`);
  });
  const ownerClient = new Client({ connectionString: databaseUrl(name, ownerRole, password) });
  await ownerClient.connect();
  try {
    await ownerClient.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
  } finally {
    await ownerClient.end();
  }
  return { name, url: databaseUrl(name, appRole, password), ownerUrl: databaseUrl(name, ownerRole, password), ownerRole, appRole };
}

/** Drops a run's database and its two roles (named after it, see createTestDatabase). */
export async function dropTestDatabase(name: string): Promise<void> {
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`DROP ROLE IF EXISTS ${name}_app`);
    await c.query(`DROP ROLE IF EXISTS ${name}_owner`);
  });
}
