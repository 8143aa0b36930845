/**
 * Throughput of extract() against @node-rs/jieba's cut on the same ~100,000-character speech,
 * frozen in bench-speech.txt.
 *   npm run -s bench:extract
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { extract, type RegistryOrg } from '../src/index';

const RUNS = 10;
// V8 needs several runs to optimise a large JS code path; the native segmenter needs none.
// Both sides get the same warm-up, and the cold first run is reported on its own. The cold run of
// extract() is its first call in the process (modules loaded, nothing compiled by V8 yet).
const WARMUP_RUNS = 10;

// Frozen input: a 100,000-character speech generated once from the test speeches of the time and
// committed, so that a change to the fixtures never moves the numbers between two runs.
const text = readFileSync(join(__dirname, 'bench-speech.txt'), 'utf8');
const registry = JSON.parse(readFileSync(join(__dirname, 'bench-registry.json'), 'utf8')) as RegistryOrg[];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

interface Timing {
  cold: number;
  runs: number[];
}

/**
 * Times both sides in lockstep (cold first runs, then warm-up and timed runs alternating), so that
 * a shared machine's load weighs on both alike instead of on whichever ran during a busy second.
 */
function timeBoth(a: () => void, b: () => void): [Timing, Timing] {
  const ta: Timing = { cold: 0, runs: [] };
  const tb: Timing = { cold: 0, runs: [] };
  let t = performance.now();
  a();
  ta.cold = performance.now() - t;
  t = performance.now();
  b();
  tb.cold = performance.now() - t;
  for (let i = 1; i < WARMUP_RUNS; i++) {
    a();
    b();
  }
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    a();
    ta.runs.push(performance.now() - t);
    t = performance.now();
    b();
    tb.runs.push(performance.now() - t);
  }
  return [ta, tb];
}

const jieba = Jieba.withDict(dict);

let items = 0;
let words = 0;
const [extractTiming, jiebaTiming] = timeBoth(
  () => (items = extract({ text, registry, date: '2026-04-08' }).items.length),
  () => (words = jieba.cut(text, false).length),
);
const extractMs = median(extractTiming.runs);
const jiebaMs = median(jiebaTiming.runs);

const rate = (ms: number): string => `${Math.round(text.length / (ms / 1000)).toLocaleString('en-US')}`;
const rows = [
  ['task', 'median ms', 'chars/s', 'cold first run ms', 'output'],
  ['extract()', extractMs.toFixed(1), rate(extractMs), extractTiming.cold.toFixed(1), `${items} items`],
  ['jieba.cut', jiebaMs.toFixed(1), rate(jiebaMs), jiebaTiming.cold.toFixed(1), `${words} words`],
];
const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length))) ?? [];
process.stdout.write(`${text.length.toLocaleString('en-US')} characters, median of ${RUNS} runs after ${WARMUP_RUNS} warm-up runs\n`);
for (const r of rows) process.stdout.write(`${r.map((cell, c) => cell.padEnd(widths[c] as number)).join('  ')}\n`);
process.stdout.write(`extract / jieba time ratio after warm-up: ${(extractMs / jiebaMs).toFixed(2)} (goal <= 1.00)\n`);
process.stdout.write(`extract / jieba time ratio cold: ${(extractTiming.cold / jiebaTiming.cold).toFixed(2)} (goal <= 1.50)\n`);
const paired = median(extractTiming.runs.map((ms, k) => ms / (jiebaTiming.runs[k] as number)));
process.stdout.write(`median of the ${RUNS} paired ratios (each extract run / the jieba run right after it): ${paired.toFixed(2)}\n`);
