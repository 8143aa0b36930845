#!/usr/bin/env node
// Runs the whole suite: lint and type checks, then every project's vitest suite one after another
// (unit tests first, the HTTP tests on real PostgreSQL/Redis next, the product smoke and browser
// tests last), then the extractor's scorer when ../shared is beside the repo. Ends with the line
// "N passed, N failed" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const resultsDir = join(root, 'tmp/test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const env = { ...process.env, TZ: 'UTC', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };

// Slow, stateful suites run last; everything else in path order.
const LAST = ['libs/data', 'apps/worker', 'apps/api', 'apps/e2e'];

function findConfigs() {
  const configs = [];
  for (const top of ['libs', 'apps']) {
    for (const name of readdirSync(join(root, top))) {
      const config = join(top, name, 'vitest.config.mts');
      if (existsSync(join(root, config))) configs.push(config);
    }
  }
  const rank = (c) => LAST.findIndex((p) => c.startsWith(`${p}/`));
  return configs.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function run(label, command, args) {
  process.stdout.write(`\n=== ${label}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  process.stdout.write(`=== ${label}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return result.status === 0;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
// Checks (lint, typecheck, the scorer) are reported apart from the tests: they are not tests.
const checks = [];

for (const [label, args] of [
  ['lint', ['nx', 'run-many', '-t', 'lint', '--output-style=static']],
  ['typecheck', ['nx', 'run-many', '-t', 'typecheck', '--output-style=static']],
]) {
  const ok = run(label, 'npx', args);
  checks.push(`${label} ${ok ? 'ok' : 'FAILED'}`);
  if (!ok) failures.push(label);
}

for (const config of findConfigs()) {
  const project = relative(root, dirname(join(root, config)));
  const output = join(resultsDir, `${project.replace(/\//g, '-')}.json`);
  const ok = run(`tests: ${project}`, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  if (!existsSync(output)) {
    failed++;
    failures.push(`${project} (no results: the run crashed)`);
    continue;
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  if (!ok && report.numFailedTests === 0) {
    failed++;
    failures.push(`${project} (suite error)`);
  } else if (report.numFailedTests > 0) failures.push(project);
}

const scorer = join(root, '../shared/corpus/score.mjs');
if (existsSync(scorer)) {
  const ok = run('extractor scorer (npm run eval)', 'npm', ['run', '-s', 'eval']);
  checks.push(`scorer ${ok ? 'ok' : 'FAILED'}`);
  if (!ok) failures.push('npm run eval');
} else {
  checks.push(`scorer skipped (${relative(root, scorer)} is absent: the corpus is not beside this clone)`);
}

process.stdout.write(`\n${failures.length ? `Failed: ${failures.join(', ')}\n` : ''}`);
process.stdout.write(`${passed} tests passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}; ${checks.join(', ')}\n`);
// The closing line counts the tests only (CI reads it); a failed check still fails the run.
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed > 0 || skipped > 0 || failures.length > 0 ? 1 : 0);
