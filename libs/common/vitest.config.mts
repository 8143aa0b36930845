import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { serverTestConfig } from '../../vitest.shared.mts';

export default defineConfig(serverTestConfig('common', fileURLToPath(new URL('.', import.meta.url))));
