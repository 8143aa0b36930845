/**
 * Throughput of extract() against @node-rs/jieba's cut on the same ~100,000-character speech,
 * built from the project's own test speeches with varied numbers so no two copies are identical.
 *   npm run -s bench:extract
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { extract } from '../src/index';
import { SPEECH_FIXTURES } from '../src/__fixtures__';

const TARGET_CHARS = 100_000;
const RUNS = 10;
// V8 needs several runs to optimise a large JS code path; the native segmenter needs none.
// Both sides get the same warm-up, and the cold first run is reported on its own.
const WARMUP_RUNS = 10;

function buildSpeech(): string {
  const parts: string[] = [];
  let length = 0;
  for (let copy = 0; length < TARGET_CHARS; copy++) {
    for (const f of SPEECH_FIXTURES) {
      // vary dates and counts so every copy differs a little
      const varied = f.text.replace(/\d+/gu, (d) => String((Number(d) + copy) % 28 || 1));
      parts.push(varied);
      length += varied.length + 1;
    }
  }
  return parts.join('\n').slice(0, TARGET_CHARS);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

interface Timing {
  cold: number;
  runs: number[];
}

function time(fn: () => void): Timing {
  const t = performance.now();
  fn();
  const cold = performance.now() - t;
  for (let i = 1; i < WARMUP_RUNS; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return { cold, runs: out };
}

const text = buildSpeech();
const registry = SPEECH_FIXTURES[0]?.registry ?? [];
const jieba = Jieba.withDict(dict);

let items = 0;
const extractTiming = time(() => (items = extract({ text, registry, date: '2026-04-08' }).items.length));
let words = 0;
const jiebaTiming = time(() => (words = jieba.cut(text, false).length));
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
process.stdout.write(`extract / jieba time ratio: ${(extractMs / jiebaMs).toFixed(2)} (below 1 means extract is faster)\n`);
