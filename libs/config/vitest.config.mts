import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { serverTestConfig } from '../../vitest.shared.mts';

export default defineConfig(serverTestConfig('config', fileURLToPath(new URL('.', import.meta.url))));
