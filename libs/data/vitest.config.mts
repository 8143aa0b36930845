import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { serverTestConfig } from '../../vitest.shared.mts';

export default defineConfig(serverTestConfig('data', fileURLToPath(new URL('.', import.meta.url)), { hookTimeout: 120_000 }));
