import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { serverTestConfig } from '../../vitest.shared.mts';

// Unit tests beside the code, HTTP tests in test/: one database for the run, files one at a time.
export default defineConfig(
  serverTestConfig('worker', fileURLToPath(new URL('.', import.meta.url)), {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    hookTimeout: 60_000,
  }),
);
