import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { serverTestConfig } from '../../vitest.shared.mts';

// Unit tests beside the code, process tests in test/: one database for the run, files one at a
// time. LUOSHI_BENCH=1 (npm run bench:reminders) runs the benchmark in bench/ instead.
const bench = process.env['LUOSHI_BENCH'] === '1';

export default defineConfig(
  serverTestConfig('worker', fileURLToPath(new URL('.', import.meta.url)), {
    include: bench ? ['bench/**/*.bench.ts'] : ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    hookTimeout: 60_000,
  }),
);
