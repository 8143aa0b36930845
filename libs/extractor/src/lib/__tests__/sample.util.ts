/**
 * How many generated cases a slow whole-speech spec runs: `full` in the normal test run, `sampled`
 * under `npm run test:mutation` (its vitest config, vitest.mutation.config.mts, sets
 * EXTRACTOR_MUTATION_SAMPLE=1), where a surviving mutant reruns every test that covers it and
 * these specs cover nearly all of the package. The unit specs are never sampled.
 */
export function caseCount(full: number, sampled: number): number {
  return process.env['EXTRACTOR_MUTATION_SAMPLE'] === '1' ? sampled : full;
}
