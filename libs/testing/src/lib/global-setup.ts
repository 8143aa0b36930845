import { randomBytes } from 'node:crypto';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app's role (what the API and worker get): owns nothing. */
    databaseUrl: string;
    /** The owner's role: for the tests that check what only the owner may do. */
    migrationDatabaseUrl: string;
    queuePrefix: string;
  }
}

/**
 * A vitest global setup: one migrated database with per-run owner and app roles and one queue
 * prefix for this run of a project's tests, dropped afterwards, so concurrent runs never share state.
 */
export function databaseGlobalSetup(label: string, prepare: (db: TestDatabase) => Promise<unknown> = async () => undefined) {
  return async function setup(project: TestProject) {
    const db = await createTestDatabase(label);
    await prepare(db);
    project.provide('databaseUrl', db.url);
    project.provide('migrationDatabaseUrl', db.ownerUrl);
    project.provide('queuePrefix', `luoshi-test-${label}-${randomBytes(4).toString('hex')}`);
    return async () => dropTestDatabase(db.name);
  };
}
