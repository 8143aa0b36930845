import { buildDocx, buildDocxBomb } from '@luoshi/testing';
import { describe, expect, it } from 'vitest';
import { decodeSpeechFile } from '../decode-speech-file.util';
import { FileParserPool } from '../file-parser.pool';
import { UnreadableSpeechFileError } from '../unreadable-speech-file.exception';
import { assertArchiveWithinLimits } from '../zip-limits.util';

const LIMITS = { maxInflatedBytes: 8 * 1024 * 1024, maxEntries: 10 };

function reasonOf(work: () => unknown): string {
  try {
    work();
    return 'passed';
  } catch (e) {
    return e instanceof UnreadableSpeechFileError ? e.reason : `other: ${String(e)}`;
  }
}

describe('zip limits: counted while inflating, headers not trusted', () => {
  it('passes a real .docx', async () => {
    const docx = await buildDocx(['同志们：', '各部门要在年底前完成任务。']);
    expect(reasonOf(() => assertArchiveWithinLimits(docx, LIMITS))).toBe('passed');
  });

  it('refuses a bomb, honest or lying about its size', () => {
    expect(reasonOf(() => assertArchiveWithinLimits(buildDocxBomb({ inflatedBytes: 64 * 1024 * 1024 }), LIMITS))).toBe('decompressed-too-large');
    expect(reasonOf(() => assertArchiveWithinLimits(buildDocxBomb({ inflatedBytes: 64 * 1024 * 1024, lie: true }), LIMITS))).toBe('decompressed-too-large');
  });

  it('refuses a truncated or garbled archive as corrupt', () => {
    const bomb = buildDocxBomb({ inflatedBytes: 1024 * 1024 });
    expect(reasonOf(() => assertArchiveWithinLimits(bomb.subarray(0, bomb.length - 30), LIMITS))).toBe('corrupt-docx');
    const garbled = Uint8Array.from(bomb);
    garbled.fill(0xff, 200, 400);
    expect(reasonOf(() => assertArchiveWithinLimits(garbled, LIMITS))).toBe('corrupt-docx');
  });

  it('decodeSpeechFile refuses a 1 GiB document.xml without inflating it', async () => {
    const before = process.memoryUsage().rss;
    await expect(decodeSpeechFile(buildDocxBomb({ lie: true }), 'bomb.docx')).rejects.toMatchObject({ reason: 'decompressed-too-large' });
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
  });
});

describe('FileParserPool', () => {
  it('decodes in a worker thread and carries the reason of a refusal back', async () => {
    const pool = new FileParserPool({ threads: 1, timeoutMs: 30_000, maxHeapMb: 256 });
    try {
      const docx = await buildDocx(['一要加强基层基础。', '二要落实责任。']);
      expect(await pool.decodeSpeechFile(docx, 'a.docx')).toBe('一要加强基层基础。\n\n二要落实责任。\n\n');
      await expect(pool.decodeSpeechFile(buildDocxBomb(), 'b.docx')).rejects.toMatchObject({ reason: 'decompressed-too-large' });
      await expect(pool.decodeSpeechFile(new Uint8Array(0), 'c.txt')).rejects.toMatchObject({ reason: 'empty' });
      await expect(pool.checkArchive(buildDocxBomb({ lie: true }), LIMITS)).rejects.toBeInstanceOf(UnreadableSpeechFileError);
    } finally {
      await pool.destroy();
    }
  });

  it('stops a task over its time cap', async () => {
    const pool = new FileParserPool({ threads: 1, timeoutMs: 1, maxHeapMb: 256 });
    try {
      await expect(pool.decodeSpeechFile(buildDocxBomb(), 'slow.docx')).rejects.toMatchObject({ reason: 'timeout' });
    } finally {
      await pool.destroy();
    }
  });
});
