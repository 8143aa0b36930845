import * as iconv from 'iconv-lite';
import JSZip from 'jszip';
import { buildDocx as makeDocx } from '@luoshi/testing';
import { describe, expect, it } from 'vitest';
import { decodeSpeechFile } from '../decode-speech-file.util';
import { UnreadableSpeechFileError } from '../unreadable-speech-file.exception';

const SPEECH = '在全区防汛工作会议上的讲话\n同志们：\n各街道要在6月底前完成隐患排查，每周报送一次进展。𠀀';

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableSpeechFileError);
    expect((e as Error).message.length).toBeGreaterThan(5);
    return (e as UnreadableSpeechFileError).reason;
  }
}

describe('decodeSpeechFile', () => {
  it('reads UTF-8 with and without BOM', async () => {
    const utf8 = new TextEncoder().encode(SPEECH);
    expect(await decodeSpeechFile(utf8, 'a.txt')).toBe(SPEECH);
    expect(await decodeSpeechFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'a.txt')).toBe(SPEECH);
  });

  it('reads UTF-16 LE and BE with BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SPEECH, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] as number, be[i] as number];
    expect(await decodeSpeechFile(le)).toBe(SPEECH);
    expect(await decodeSpeechFile(be)).toBe(SPEECH);
  });

  it('reads GBK and GB18030', async () => {
    const plain = SPEECH.replace('𠀀', '');
    expect(await decodeSpeechFile(iconv.encode(plain, 'gbk'), 'speech.txt')).toBe(plain);
    expect(await decodeSpeechFile(iconv.encode(SPEECH, 'gb18030'), 'speech.txt')).toBe(SPEECH);
  });

  it('reads a .docx, detected by its bytes even without the extension', async () => {
    const docx = await makeDocx(['在全区防汛工作会议上的讲话', '各街道要在6月底前完成隐患排查。']);
    expect((await decodeSpeechFile(docx, 'speech.docx')).trim()).toBe('在全区防汛工作会议上的讲话\n\n各街道要在6月底前完成隐患排查。');
    expect(await decodeSpeechFile(docx)).toContain('各街道要在6月底前完成隐患排查。');
  });

  it('rejects empty, binary, corrupt and unsupported files with a typed error', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(await reason(decodeSpeechFile(new Uint8Array(0)))).toBe('empty');
    expect(await reason(decodeSpeechFile(new TextEncoder().encode('  \n\t ')))).toBe('empty');
    expect(await reason(decodeSpeechFile(garbage, 'x.txt'))).toBe('binary');
    expect(await reason(decodeSpeechFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'x.docx'))).toBe('corrupt-docx');
    expect(await reason(decodeSpeechFile(new TextEncoder().encode('不是压缩包'), 'x.docx'))).toBe('corrupt-docx');
    expect(await reason(decodeSpeechFile(new TextEncoder().encode('%PDF-1.7 ...'), 'x.pdf'))).toBe('corrupt-pdf');
    expect(await reason(decodeSpeechFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'old.doc'))).toBe('unsupported-type');
  });

  it('rejects a zip that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', '你好');
    expect(await reason(decodeSpeechFile(await zip.generateAsync({ type: 'uint8array' }), 'x.docx'))).toBe('corrupt-docx');
  });
});
