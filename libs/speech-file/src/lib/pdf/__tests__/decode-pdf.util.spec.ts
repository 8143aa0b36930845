import { printTestPdf } from '@luoshi/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeSpeechFile } from '../../decode-speech-file.util';
import { UnreadableSpeechFileError } from '../../unreadable-speech-file.exception';

const LONG_A = '县农业农村局要牵头做好秋粮收储工作，县财政局配合，确保颗粒归仓，年底前完成全部收储任务，这一段写得比较长，在页面上要折成好几行才放得下。';
const LONG_B = '县交通运输局要组织力量抢修受损道路，保障秋收运输畅通，各乡镇要配合做好沿线群众的安置工作，十月底前全部恢复通行，';
const LONG_B2 = '并把修复情况每周报送一次县委督查室。';

async function reasonOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return e instanceof UnreadableSpeechFileError ? e.reason : `other: ${String(e)}`;
  }
}

describe('decodeSpeechFile on a PDF printed by Chromium', () => {
  let text = '';
  beforeAll(async () => {
    const pdf = printTestPdf(
      [
        { paragraphs: ['在全县秋收工作会议上的讲话', '（2026年9月1日）', '同志们：', '一、抓好秋粮收储', LONG_A, LONG_A.replace('秋粮', '早稻'), LONG_B] },
        { paragraphs: [{ continued: LONG_B2 }, '二、保障道路畅通', LONG_A.replace('农业农村局', '粮食和储备局')] },
        { paragraphs: ['三、加强督查问责', '县委督查室要每月通报一次进展情况。'] },
      ],
      { header: '县委办公室 内部资料', footer: '- {n} -' },
    );
    text = await decodeSpeechFile(new Uint8Array(pdf), '秋收讲话.pdf');
  });

  it('reads the pages in order, one paragraph per line', () => {
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['在全县秋收工作会议上的讲话', '（2026年9月1日）', '同志们：', '一、抓好秋粮收储']);
    expect(lines).toContain(LONG_A);
    expect(lines).toContain('三、加强督查问责');
    expect(text.indexOf('二、保障道路畅通')).toBeLessThan(text.indexOf('三、加强督查问责'));
  });

  it('joins the wrapped lines of a paragraph without spaces, across a page break too', () => {
    expect(text).toContain(LONG_A.replace('秋粮', '早稻'));
    expect(text.split('\n')).toContain(LONG_B + LONG_B2);
    expect(text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/u);
  });

  it('drops the running header, footer and page numbers', () => {
    expect(text).not.toContain('内部资料');
    expect(text).not.toMatch(/- ?\d ?-/u);
    expect(text.split('\n').every((l) => !/^\d+$/u.test(l))).toBe(true);
  });

  it('is also recognized by its magic bytes without a .pdf name', async () => {
    const pdf = printTestPdf([{ paragraphs: ['县委督查室要每月通报一次进展情况。'] }]);
    expect(await decodeSpeechFile(new Uint8Array(pdf), 'upload.bin')).toBe('县委督查室要每月通报一次进展情况。');
  });
});

describe('decodeSpeechFile refuses PDFs it cannot read', () => {
  it('a scan without a text layer', async () => {
    const scan = printTestPdf([{ paragraphs: [] }, { paragraphs: [] }]);
    expect(await reasonOf(decodeSpeechFile(new Uint8Array(scan), 'scan.pdf'))).toBe('pdf-no-text-layer');
  });

  it.each([
    ['a truncated file', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')],
    ['a .pdf name on other bytes', new TextEncoder().encode('这不是 PDF')],
  ])('%s', async (_name, bytes) => {
    expect(await reasonOf(decodeSpeechFile(bytes, 'x.pdf'))).toBe('corrupt-pdf');
  });
});
