import { describe, expect, it } from 'vitest';
import { normalizeSpeechText } from '../speech-fingerprint';

describe('normalizeSpeechText', () => {
  it('ignores whitespace of every kind, including the ideographic space and line breaks', () => {
    expect(normalizeSpeechText('同志们：\n  一要 加强\u3000基层\r\n基础。')).toBe(normalizeSpeechText('同志们：一要加强基层基础。'));
  });

  it('unifies full-width and half-width punctuation', () => {
    expect(normalizeSpeechText('年底前（12月31日前）完成，“两个确保”。')).toBe(normalizeSpeechText('年底前(12月31日前)完成,"两个确保".'));
    expect(normalizeSpeechText('２０２６年')).toBe('2026年');
  });

  it('keeps different wording different', () => {
    expect(normalizeSpeechText('年底前完成')).not.toBe(normalizeSpeechText('年内完成'));
  });
});

describe('normalizeSpeechText: each CJK mark and its half-width form', () => {
  it('maps every mark NFKC leaves alone, as written here', () => {
    expect(normalizeSpeechText('。、“”‘’《》〈〉【】〔〕—－…·')).toBe(`.,""''<><>[][]--....`);
    expect(normalizeSpeechText('甲 乙\t丙\n丁')).toBe('甲乙丙丁');
  });
});
