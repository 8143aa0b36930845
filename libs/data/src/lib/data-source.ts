import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    extra: { max: 10 },
    ...overrides,
  } as DataSourceOptions;
}

// Any constant will do: it only has to be the same in every replica.
const MIGRATION_LOCK_KEY = 7_141_592_653;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so that several API replicas
 * starting together migrate once. Returns the names of the migrations it ran.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** The PostgreSQL role a connection URL logs in as: the app's role is derived from DATABASE_URL. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * What the API and the worker may do, granted by the owner after migrating: read and write the
 * data, append to (and read) the audit trail, nothing else. The app's role owns nothing, so it can
 * neither alter, disable the triggers of, truncate nor drop a table. Default privileges extend the
 * same grants to tables later migrations create.
 */
export async function grantAppRole(dataSource: DataSource, appRole: string): Promise<void> {
  const [{ owner }] = (await dataSource.query('SELECT current_user AS owner')) as [{ owner: string }];
  if (owner === appRole) return; // one role for everything (a laptop without the split): nothing to grant
  const app = quoteIdentifier(appRole);
  await dataSource.query(`
    GRANT USAGE ON SCHEMA public TO ${app};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app};
    REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM ${app};
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations FROM ${app};
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app};
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app};
  `);
}

/**
 * Opens a data source on the owner's `url`, migrates it, grants the app's role what it needs and
 * closes it: the `migrate` command (and MIGRATE_ON_START with MIGRATION_DATABASE_URL).
 */
export async function migrateDatabase(url: string, appRole: string = roleOf(url)): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, { extra: { max: 2 } }));
  await dataSource.initialize();
  try {
    const ran = await runMigrations(dataSource);
    await grantAppRole(dataSource, appRole);
    return ran;
  } finally {
    await dataSource.destroy();
  }
}
