import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const projectDir = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

// Only the browser-safe shared lib is aliased: server libs must never reach the bundle.
export default defineConfig({
  root: projectDir,
  base: '/',
  plugins: [react()],
  resolve: { alias: { '@luoshi/common': `${workspaceRoot}libs/common/src/index.ts` } },
  server: {
    port: 4200,
    host: '127.0.0.1',
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: { port: 4300, host: '127.0.0.1' },
  build: {
    outDir: `${workspaceRoot}dist/apps/dashboard`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
