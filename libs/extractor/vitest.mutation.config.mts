import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { fileURLToPath } from 'node:url';
import { serverTestConfig } from '../../vitest.shared.mts';

/** Slowest last: a mutant stops at its first failing test, so the quick unit specs go first. */
const LAST = ['fixture-speeches', 'phrasing-families', 'generated-speeches', 'extract.property'];

class QuickFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification): number => LAST.findIndex((name) => spec.moduleId.includes(`/${name}.spec.`));
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

// The extractor's tests for `npm run test:mutation`: all but the wall-clock timings, which
// instrumented code cannot meet and which say nothing about whether a mutant changed a result.
// EXTRACTOR_MUTATION_SAMPLE=1: the generated-speech and property specs run a sample of their cases
// (src/lib/__tests__/sample.util.ts: 20 speeches, not 200); the normal run keeps them all.
export default defineConfig(
  serverTestConfig('extractor-mutation', fileURLToPath(new URL('.', import.meta.url)), {
    testTimeout: 60_000,
    env: { TZ: 'UTC', EXTRACTOR_MUTATION_SAMPLE: '1' },
    exclude: ['**/node_modules/**', 'src/**/extract.performance.spec.ts'],
    sequence: { sequencer: QuickFirst },
  }),
);
