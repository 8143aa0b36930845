import { mutationConfig } from './stryker.base.mjs';

// The extractor's code (not its fixtures, tests or the benchmark), against its tests without the
// wall-clock timings (vitest.mutation.config.mts).
export default mutationConfig({
  name: 'extractor',
  vitestConfig: 'libs/extractor/vitest.mutation.config.mts',
  mutate: ['libs/extractor/src/lib/**/*.ts', '!libs/extractor/src/lib/**/__tests__/**', '!libs/extractor/src/lib/types/**'],
});
