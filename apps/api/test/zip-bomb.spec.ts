import { buildDocxBomb } from '@luoshi/testing';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment, removeFixtures } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
}

const MB = 1024 * 1024;

/** Samples this process's RSS (the API runs in it) while `work` runs; returns the peak growth. */
async function peakRssGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number; beforeMb: number; peakMb: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMb: Math.round((peak - before) / MB), beforeMb: Math.round(before / MB), peakMb: Math.round(peak / MB) };
  } finally {
    clearInterval(timer);
  }
}

function speechForm(bytes: Uint8Array, name: string): FormData {
  const form = new FormData();
  form.set('file', new Blob([bytes]), name);
  return form;
}

describe('zip bombs are refused while inflating, off the event loop', () => {
  let api: TestApi;
  let supervisor: string;
  beforeAll(async () => {
    api = await startTestApi();
    supervisor = await api.login('duban');
  });
  afterAll(async () => {
    await removeFixtures(api);
    await api.close();
  });

  for (const lie of [false, true]) {
    it(`a .docx whose document.xml inflates to 1 GiB${lie ? ' (headers declaring 1 KB)' : ''}: 422 with a reason, RSS grows < 300 MB`, async () => {
      const bomb = buildDocxBomb({ lie });
      expect(bomb.length).toBeLessThan(2 * MB);
      const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const { result, growthMb, beforeMb, peakMb } = await peakRssGrowth(() =>
        api.request<ErrorBody>('POST', '/speeches', { token: supervisor, form: speechForm(bomb, '讲话.docx') }),
      );
      process.stdout.write(`[zip-bomb] speech upload${lie ? ' (lying headers)' : ''}: RSS ${beforeMb} MB → peak ${peakMb} MB (+${growthMb} MB)\n`);
      expect(result.status).toBe(422);
      expect(result.body.code).toBe('file.decompressed_too_large');
      expect(result.body.message).toContain('讲话.docx');
      expect(growthMb).toBeLessThan(300);
    });
  }

  it('three bombs at once: /api/health keeps answering quickly, memory stays bounded', async () => {
    const latencies: number[] = [];
    let parsing = true;
    const probe = (async () => {
      while (parsing) {
        const started = performance.now();
        const reply = await fetch(`${api.url}/api/health`);
        expect(reply.status).toBe(200);
        latencies.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const { result, growthMb, beforeMb, peakMb } = await peakRssGrowth(() =>
      Promise.all(
        [false, true, false].map((lie, i) =>
          api.request<ErrorBody>('POST', '/speeches', { token: supervisor, form: speechForm(buildDocxBomb({ lie }), `bomb-${i}.docx`) }),
        ),
      ),
    );
    parsing = false;
    await probe;
    loop.disable();
    const stallMs = Math.round(loop.max / 1e6);
    const sorted = [...latencies].sort((a, b) => a - b);
    const medianMs = Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
    process.stdout.write(
      `[zip-bomb] three at once: RSS ${beforeMb} MB → peak ${peakMb} MB (+${growthMb} MB); health ${latencies.length} probes, median ${medianMs} ms, max ${Math.round(sorted.at(-1) ?? 0)} ms; longest event-loop stall ${stallMs} ms\n`,
    );
    expect(result.map((r) => r.status)).toEqual([422, 422, 422]);
    expect(latencies.length).toBeGreaterThan(1);
    // Parsed on the event loop, each bomb stalled it (and every request) for seconds; off it,
    // nothing waits for the parsing. The event-loop stall is what parsing on the loop causes; a
    // single health probe can also wait for a busy database, so health is judged by its median.
    expect(stallMs).toBeLessThan(1500);
    expect(medianMs).toBeLessThan(1000);
    expect(growthMb).toBeLessThan(300);
  });

  it('a speech file over 5 MB: 413 file.too_large before any parsing', async () => {
    const reply = await api.request<ErrorBody>('POST', '/speeches', { token: supervisor, form: speechForm(new Uint8Array(5 * MB + 1).fill(0x41), '长讲话.txt') });
    expect(reply.status).toBe(413);
    expect(reply.body.code).toBe('file.too_large');
    expect(reply.body.message).toContain('5 MB');
  });

  it('an attachment .docx bomb is refused too, and nothing is kept', async () => {
    const own = await createAssignment(api, { organization: '县总工会', state: 'signed' });
    const token = await api.login('gonghui');
    const form = new FormData();
    form.set('assignmentId', own.id);
    form.set('file', new Blob([buildDocxBomb({ inflatedBytes: 1024 * MB, lie: true })]), '材料.docx');
    const reply = await api.request<ErrorBody>('POST', '/attachments', { token, form });
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('file.decompressed_too_large');
    const list = await api.request<unknown[]>('GET', `/attachments?filter=${encodeURIComponent(JSON.stringify({ assignmentId: own.id }))}`, { token });
    expect(list.body).toEqual([]);
  });
});
