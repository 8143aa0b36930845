import { mutationConfig } from './stryker.base.mjs';

// The API's authorization code: the token and role guards, the organization scope and the
// assignment access guard, killed by the authorization matrix (real PostgreSQL and Redis).
export default mutationConfig({
  name: 'api-auth',
  vitestConfig: 'apps/api/vitest.config.mts',
  mutate: [
    'apps/api/src/core/auth/roles.guard.ts',
    'apps/api/src/core/auth/jwt-auth.guard.ts',
    'apps/api/src/core/auth/organization-scope.service.ts',
    'apps/api/src/modules/assignments/assignment-access.guard.ts',
  ],
  testFiles: ['apps/api/test/authorization-matrix.spec.ts', 'apps/api/test/auth.spec.ts'],
});
