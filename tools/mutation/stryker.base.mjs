// Shared Stryker settings: one package per run (its own vitest config, mutate globs, incremental
// file and JSON report), 2 test runners at most (the machine has 2 cores), perTest coverage so a
// mutant runs only the tests that reach it.
export function mutationConfig({ name, vitestConfig, mutate, testFiles = [] }) {
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: vitestConfig, related: false },
    coverageAnalysis: 'perTest',
    mutate,
    testFiles,
    concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
    incremental: true,
    incrementalFile: `tmp/mutation/${name}.incremental.json`,
    reporters: ['json', 'clear-text', 'progress'],
    jsonReporter: { fileName: `tmp/mutation/${name}.json` },
    clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
    tempDirName: `tmp/stryker-${name}`,
    ignorePatterns: ['dist', 'tmp', '.nx', '.luoshi-data', 'test-artifacts', 'apps/dashboard', 'apps/e2e', 'coverage', 'docker'],
    timeoutMS: 30_000,
    thresholds: { high: 90, low: 80, break: null },
    logLevel: 'warn',
  };
}
