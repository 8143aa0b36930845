import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drained } from '../exports.service';

/** A response whose client reads nothing: every write is held, so it needs draining at once. */
function stalled(): Writable {
  const out = new Writable({ highWaterMark: 1, write: () => undefined });
  out.write('x');
  return out;
}

describe('drained: the export waits for its reader, but not for ever', () => {
  afterEach(() => vi.useRealTimers());

  it('goes on at once when the response has room', async () => {
    await expect(drained(new Writable({ write: (_c, _e, cb) => cb() }))).resolves.toBeUndefined();
  });

  it('gives up on a client that stopped reading after the stall time', async () => {
    vi.useFakeTimers();
    const out = stalled();
    expect(out.writableNeedDrain).toBe(true);
    let settled = false;
    const waiting = drained(out, 30_000).finally(() => (settled = true));
    const outcome = expect(waiting).rejects.toThrow('the client read nothing for 30 s');
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
  });

  it('gives up when the download is closed while it waits', async () => {
    const out = stalled();
    const waiting = drained(out, 30_000);
    out.destroy();
    await expect(waiting).rejects.toThrow('closed before the end');
  });
});
