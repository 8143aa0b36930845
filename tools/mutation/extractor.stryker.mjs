import { mutationConfig } from './stryker.base.mjs';

// The extractor's code (not its fixtures, tests or the benchmark), against its tests without the
// wall-clock timings (vitest.mutation.config.mts). A mutant that loops for ever (i++ → i--) is
// stopped 10 s past its tests' dry-run time rather than the shared 30 s: a whole run meets dozens
// of them, and no extractor spec file takes more than a few seconds even on a loaded machine.
export default {
  ...mutationConfig({
    name: 'extractor',
    vitestConfig: 'libs/extractor/vitest.mutation.config.mts',
    mutate: ['libs/extractor/src/lib/**/*.ts', '!libs/extractor/src/lib/**/__tests__/**', '!libs/extractor/src/lib/types/**'],
  }),
  timeoutMS: 10_000,
};
