import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WORKSPACE_ROOT } from './support/product';

/** Writes a probe file into a project, lints it, and reports ESLint's messages. */
function lintProbe(path: string, source: string): string {
  const file = join(WORKSPACE_ROOT, path);
  writeFileSync(file, source);
  const result = spawnSync('npx', ['eslint', '--no-cache', path], { cwd: WORKSPACE_ROOT, encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`;
}

const probes: string[] = [];
afterEach(() => {
  for (const p of probes.splice(0)) rmSync(join(WORKSPACE_ROOT, p), { force: true });
});

describe('module boundaries (Nx tags, enforced by lint)', () => {
  it('keeps libs/common free of server code', () => {
    const path = 'libs/common/src/lint-probe.ts';
    probes.push(path);
    const out = lintProbe(path, "import { Organization } from '@luoshi/data';\nexport const probe = Organization;\n");
    expect(out).toMatch(/enforce-module-boundaries/);
  });

  it('keeps libs from importing apps', () => {
    const path = 'libs/data/src/lint-probe.ts';
    probes.push(path);
    const out = lintProbe(path, "import { createApp } from '../../../apps/api/src/create-app';\nexport const probe = createApp;\n");
    expect(out).toMatch(/enforce-module-boundaries/);
  });

  it('keeps the dashboard off server libs', () => {
    const path = 'apps/dashboard/src/lint-probe.ts';
    probes.push(path);
    const out = lintProbe(path, "import { loadEnvironment } from '@luoshi/config';\nexport const probe = loadEnvironment;\n");
    expect(out).toMatch(/enforce-module-boundaries/);
  });

  it('accepts what is allowed', () => {
    const path = 'apps/dashboard/src/lint-probe.ts';
    probes.push(path);
    const out = lintProbe(path, "import { ROLES } from '@luoshi/common';\nexport const probe = ROLES;\n");
    expect(out).not.toMatch(/enforce-module-boundaries/);
  });
});
