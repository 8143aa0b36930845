import { mutationConfig } from './stryker.base.mjs';

// The extractor's code (not its fixtures, tests or the benchmark).
export default mutationConfig({
  name: 'extractor',
  vitestConfig: 'libs/extractor/vitest.config.mts',
  mutate: ['libs/extractor/src/lib/**/*.ts', '!libs/extractor/src/lib/**/__tests__/**', '!libs/extractor/src/lib/types/**'],
});
