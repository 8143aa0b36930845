import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/tmp', 'test-artifacts', '**/vite.config.*.timestamp*', '.luoshi-data'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.mts'],
    rules: {
      // Nx tags keep the layers honest: apps use libs, libs never use apps, and what the
      // dashboard bundles (scope:shared) never pulls in server code (scope:server).
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:browser', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
          banTransitiveDependencies: false,
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    // CommonJS build configs.
    files: ['**/webpack.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Build and test configs share presets at the workspace root.
    files: ['**/vitest.config.mts', '**/vitest.*.config.mts', '**/vite.config.mts', '**/webpack.config.js'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['libs/common/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      // libs/common is bundled into the dashboard: nothing server-side may leak into it.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'crypto', 'typeorm', '@nestjs/*', 'pg', 'ioredis', 'bullmq', '@node-rs/argon2'], message: 'libs/common must stay browser-safe.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/dashboard/**/*.tsx', 'apps/dashboard/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
];
