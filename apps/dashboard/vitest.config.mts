import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const projectDir = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

// Unit tests of the providers and messages run in Node: they need fetch and Response, not a DOM.
export default defineConfig({
  resolve: { alias: { '@luoshi/common': `${workspaceRoot}libs/common/src/index.ts` } },
  test: {
    name: 'dashboard',
    root: projectDir,
    include: ['src/**/*.spec.ts', 'build/**/*.spec.mts'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
