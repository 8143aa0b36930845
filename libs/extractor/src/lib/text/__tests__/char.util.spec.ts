import { describe, expect, it } from 'vitest';
import { codeTable, hasCode, isAsciiAlnum, isAsciiDigit, isBlank, isBlankCode, isCjk, isCjkCode, isClauseBoundary, isDigitAt, isSentenceEnd, startsWithAny } from '../char.util';

describe('character classes', () => {
  it.each([
    ['\u4e00', true], ['\u9fff', true], ['\u4dff', false], ['\ua000', false],
    ['\u3400', true], ['\u4dbf', true], ['\u33ff', false],
    ['\u3007', true], ['\u3006', false], ['\u3008', false],
    ['\uf900', true], ['\ufaff', true], ['\uf8ff', false], ['\ufb00', false],
    ['中', true], ['a', false], ['，', false],
  ])('isCjk(%j) is %s', (ch, want) => {
    expect(isCjk(ch)).toBe(want);
    expect(isCjkCode(ch.charCodeAt(0))).toBe(want);
  });

  it('reads nothing past the end', () => {
    expect(isCjk(undefined)).toBe(false);
    expect(isCjk('')).toBe(false);
    expect(isCjkCode(Number.NaN)).toBe(false);
    expect(isAsciiDigit(undefined)).toBe(false);
    expect(isAsciiDigit('')).toBe(false);
    expect(isAsciiAlnum(undefined)).toBe(false);
    expect(isAsciiAlnum('')).toBe(false);
    expect(isBlank(undefined)).toBe(false);
    expect(isBlank('')).toBe(false);
    expect(isDigitAt('12', 2)).toBe(false);
    expect(isDigitAt('12', -1)).toBe(false);
  });

  it.each([
    ['0', true, true], ['9', true, true], ['/', false, false], [':', false, false],
    ['A', false, true], ['Z', false, true], ['@', false, false], ['[', false, false],
    ['a', false, true], ['z', false, true], ['`', false, false], ['{', false, false],
    ['５', false, false], ['中', false, false],
  ])('%j: digit %s, alphanumeric %s', (ch, digit, alnum) => {
    expect(isAsciiDigit(ch)).toBe(digit);
    expect(isDigitAt(`x${ch}`, 1)).toBe(digit);
    expect(isAsciiAlnum(ch)).toBe(alnum);
  });

  it.each([
    [' ', true], ['\t', true], ['\u000b', true], ['\u000c', true], ['\u00a0', true], ['\u3000', true], ['\ufeff', true],
    ['\u2000', true], ['\u200b', true], ['\u200d', true], ['\u202f', true], ['\u205f', true], ['\u2060', true],
    ['\u1fff', false], ['\u200e', false], ['\u202e', false], ['\u2061', false], ['\n', false], ['\r', false], ['a', false], ['中', false],
  ])('isBlank(%j) is %s', (ch, want) => {
    expect(isBlank(ch)).toBe(want);
    expect(isBlankCode(ch.charCodeAt(0))).toBe(want);
  });

  it('sentence ends and clause boundaries', () => {
    for (const ch of ['。', '\n', '！', '？', '；', '…']) expect(isSentenceEnd(ch)).toBe(true);
    for (const ch of ['，', '：', '、', '.', undefined]) expect(isSentenceEnd(ch)).toBe(false);
    for (const ch of [undefined, '。', '，', '：', '、', '\n', '“', '”', '"', '（', '）']) expect(isClauseBoundary(ch)).toBe(true);
    for (const ch of ['的', '(', ')', '.', ',']) expect(isClauseBoundary(ch)).toBe(false);
  });

  it('hasCode looks in [from, to) only; startsWithAny at a position', () => {
    expect(hasCode('甲乙丙', 0, 3, '丙'.charCodeAt(0))).toBe(true);
    expect(hasCode('甲乙丙', 0, 2, '丙'.charCodeAt(0))).toBe(false);
    expect(hasCode('甲乙丙', 1, 3, '甲'.charCodeAt(0))).toBe(false);
    expect(startsWithAny('要牵头负责', 1, ['负责', '牵头'])).toBe(true);
    expect(startsWithAny('要牵头负责', 0, ['负责', '牵头'])).toBe(false);
    expect(startsWithAny('要牵头负责', 0, [])).toBe(false);
  });

  it('codeTable marks exactly the code units given', () => {
    const t = codeTable('甲a');
    expect(t).toHaveLength(65536);
    expect(t['甲'.charCodeAt(0)]).toBe(1);
    expect(t['a'.charCodeAt(0)]).toBe(1);
    expect(t['b'.charCodeAt(0)]).toBe(0);
    expect(t.reduce((sum, v) => sum + v, 0)).toBe(2);
  });
});
