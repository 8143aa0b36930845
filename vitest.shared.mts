import swc from 'unplugin-swc';
import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Path aliases of tsconfig.base.json, for Vite. */
export const aliases = {
  '@luoshi/common': `${root}libs/common/src/index.ts`,
  '@luoshi/config': `${root}libs/config/src/index.ts`,
  '@luoshi/data': `${root}libs/data/src/index.ts`,
  '@luoshi/extractor': `${root}libs/extractor/src/index.ts`,
  '@luoshi/speech-file': `${root}libs/speech-file/src/index.ts`,
  '@luoshi/testing': `${root}libs/testing/src/index.ts`,
};

/**
 * Test settings for a server-side project. SWC compiles the TypeScript because Nest and TypeORM
 * need decorator metadata, which Vite's own transform does not emit.
 */
export function serverTestConfig(name: string, projectDir: string, extra: ViteUserConfig['test'] = {}): ViteUserConfig {
  return {
    plugins: [
      swc.vite({
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        },
      }),
    ],
    resolve: { alias: aliases },
    test: {
      name,
      root: projectDir,
      include: ['src/**/*.spec.ts'],
      environment: 'node',
      env: { TZ: 'UTC' },
      testTimeout: 30_000,
      ...extra,
    },
  };
}
