import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { serverTestConfig } from '../../vitest.shared.mts';

// The extractor's tests for `npm run test:mutation`: all but the wall-clock timings, which
// instrumented code cannot meet and which say nothing about whether a mutant changed a result.
export default defineConfig(
  serverTestConfig('extractor-mutation', fileURLToPath(new URL('.', import.meta.url)), {
    testTimeout: 60_000,
    exclude: ['**/node_modules/**', 'src/**/extract.performance.spec.ts'],
  }),
);
