import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { serverTestConfig } from '../../vitest.shared.mts';

export default defineConfig(serverTestConfig('speech-file', fileURLToPath(new URL('.', import.meta.url)), { testTimeout: 60_000 }));
