import { mutationConfig } from './stryker.base.mjs';

// The API's authorization code: the token and role guards, the organization scope and the
// assignment access guard, killed by their own tests (apps/api/vitest.auth.config.mts: the guards
// with Nest's Reflector and a real JwtService, the scope's SQL run against a PostgreSQL database of
// their own). The HTTP authorization matrix (test/authorization-matrix.spec.ts) checks the same code
// through every route, but boots the API for each mutant: too slow to run per mutant.
export default mutationConfig({
  name: 'api-auth',
  vitestConfig: 'apps/api/vitest.auth.config.mts',
  mutate: [
    'apps/api/src/core/auth/roles.guard.ts',
    'apps/api/src/core/auth/jwt-auth.guard.ts',
    'apps/api/src/core/auth/organization-scope.service.ts',
    'apps/api/src/modules/assignments/assignment-access.guard.ts',
  ],
});
