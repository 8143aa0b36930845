import { randomBytes } from 'node:crypto';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { createTestDatabase, dropTestDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    queuePrefix: string;
  }
}

/**
 * A vitest global setup: one migrated database and one queue prefix for this run of a project's
 * tests, dropped afterwards, so concurrent runs never share state.
 */
export function databaseGlobalSetup(label: string, prepare: (url: string) => Promise<unknown> = async () => undefined) {
  return async function setup(project: TestProject) {
    const db = await createTestDatabase(label);
    await prepare(db.url);
    project.provide('databaseUrl', db.url);
    project.provide('queuePrefix', `luoshi-test-${label}-${randomBytes(4).toString('hex')}`);
    return async () => dropTestDatabase(db.name);
  };
}
