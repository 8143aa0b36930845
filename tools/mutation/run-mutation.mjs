#!/usr/bin/env node
// `npm run test:mutation [common|extractor|api-auth ...] [--force] [--ignore-static] [--mutate=glob,glob]`: Stryker
// over each package in turn (incremental: a re-run tests only the mutants whose code changed, and
// survivors a new test covers; a static mutant, in a module-level table, has no covering tests, so
// its stale result is kept: --force re-runs every mutant for a true score), then
// one line per package with its score and how long it took. --mutate narrows the run to some files
// (its report goes to tmp/mutation/<package>.scoped.json, the package's own stays; incremental
// against the previous scoped run of that package, so adding tests re-runs the survivors they
// cover; --force for all).
//
// StrykerJS 10 refuses Node < 22 in its command-line entry; its engine (dist/src/stryker.js) runs
// on the Node 20 this project pins, so it is loaded directly, past the CLI's version guard.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
process.env.TZ = 'UTC';
const require = createRequire(join(root, 'package.json'));
const core = dirname(require.resolve('@stryker-mutator/core/package.json'));
const { Stryker } = await import(pathToFileURL(join(core, 'dist/src/stryker.js')).href);

const PACKAGES = ['common', 'extractor', 'api-auth'];
const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('--'));
const chosen = names.length ? names : PACKAGES;
const force = args.includes('--force');
// static mutants (in module-level tables and regular expressions) re-run every test of the package
// each: about three quarters of a whole run's time. --ignore-static leaves them out (counted as
// "ignored", outside the score) for a quicker partial score; a later run without it tests only them.
const ignoreStatic = args.includes('--ignore-static');
const scope = args.find((a) => a.startsWith('--mutate='))?.slice('--mutate='.length).split(',');
const GOAL = 80;

/** Killed (and timed out) over every mutant that ran, as Stryker's own "mutation score". */
function score(report) {
  const counts = {};
  for (const file of Object.values(report.files)) for (const m of file.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const undetected = (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return { counts, percent: (100 * detected) / Math.max(1, detected + undetected) };
}

const lines = [];
let below = 0;
for (const name of chosen) {
  if (!PACKAGES.includes(name)) throw new Error(`unknown package ${name}; one of ${PACKAGES.join(', ')}`);
  const started = Date.now();
  const options = { ...(await import(pathToFileURL(join(root, `tools/mutation/${name}.stryker.mjs`)).href)).default, force, ignoreStatic };
  if (scope) {
    Object.assign(options, {
      mutate: scope,
      incrementalFile: `tmp/mutation/${name}.scoped.incremental.json`,
      jsonReporter: { fileName: `tmp/mutation/${name}.scoped.json` },
    });
  }
  await new Stryker(options).runMutationTest();
  const { counts, percent } = score(JSON.parse(readFileSync(join(root, options.jsonReporter.fileName), 'utf8')));
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (percent < GOAL) below++;
  lines.push(
    `${(scope ? `${name} [${scope.join(',')}]` : name).padEnd(10)} ${percent.toFixed(1).padStart(5)} % killed  (killed ${counts.Killed ?? 0}, timeout ${counts.Timeout ?? 0}, survived ${counts.Survived ?? 0}, no coverage ${counts.NoCoverage ?? 0}, ignored ${counts.Ignored ?? 0}; ${seconds} s)`,
  );
}
process.stdout.write(`\nmutation scores (goal ${GOAL} %):\n${lines.join('\n')}\n`);
process.exit(below ? 1 : 0);
