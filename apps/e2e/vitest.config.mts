import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { serverTestConfig } from '../../vitest.shared.mts';

// The product as a user starts it (npm start), driven over HTTP and through a real Chromium.
export default defineConfig(
  serverTestConfig('e2e', fileURLToPath(new URL('.', import.meta.url)), {
    globalSetup: ['src/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 900_000,
  }),
);
