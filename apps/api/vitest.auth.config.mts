import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { serverTestConfig } from '../../vitest.shared.mts';

// The authorization code's own tests (guards, organization scope), for `npm run test:mutation
// api-auth`: no Nest application, one migrated database of their own for the run (created once per
// vitest process, so a mutation worker does not recreate it for every mutant). Not isolated: a
// mutation worker keeps TypeORM and Nest loaded between mutants instead of loading them for each.
export default defineConfig(
  serverTestConfig('api-auth', fileURLToPath(new URL('.', import.meta.url)), {
    include: ['src/core/auth/__tests__/*.spec.ts', 'src/modules/assignments/__tests__/assignment-access.guard.spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    isolate: false,
    hookTimeout: 60_000,
  }),
);
