import { mutationConfig } from './stryker.base.mjs';

// The error catalogue (sentences) and the type-only files hold no logic to mutate.
export default mutationConfig({
  name: 'common',
  vitestConfig: 'libs/common/vitest.config.mts',
  mutate: ['libs/common/src/lib/**/*.ts', '!libs/common/src/lib/**/__tests__/**', '!libs/common/src/lib/errors/catalogue/**', '!libs/common/src/lib/types/**'],
});
