import { describe, expect, it } from 'vitest';
import { startsWithHeadingMarker } from '../heading-marker.util';

describe('startsWithHeadingMarker', () => {
  it.each([
    ['①加强领导', true], ['⑳加强领导', true], ['\u245f加强', false], ['\u2474加强', false],
    ['（一）加强', true], ['(一)加强', true], ['（12）加强', true], ['(3)加强', true], ['（一十二）加强', true], ['（一十二三）加强', false],
    ['（）加强', false], ['（一加强', false], ['（甲）加强', false], ['(一）', true], ['（一)', true],
    ['一、加强', true], ['二.加强', true], ['二．加强', true], ['二.5', false], ['十二、加强', true], ['一十二、加强', true], ['一十二三、加强', false], ['一是加强', false], ['一', false],
    ['1.加强', true], ['1、加强', true], ['12.加强', true], ['123.加强', true], ['1234.加强', false], ['１．加强', true], ['１２、加强', true],
    ['3.5亿元', false], ['1.', true], ['1', false], ['1:加强', false], ['9.加强', true], ['0.加强', true], ['\uff19.加强', true], ['\uff1a.加强', false], ['/.加强', false],
    ['首先，', true], ['其次，', true], ['再次，', true], ['最后，', true], ['关于', true], ['第一，', true], ['第1', false], ['第', false],
    ['督办事项一：推进', true], ['交办事项（一）整治', true], ['任务1.建成', true], ['任务繁重', false], ['任务1.5亿元', false],
    ['  \u3000一、加强', true], ['   ', false], ['', false], ['要加强', false],
  ])('%j: %s', (s, want) => {
    expect(startsWithHeadingMarker(s, 0)).toBe(want);
  });

  it('starts at the position given', () => {
    expect(startsWithHeadingMarker('要求：一、加强', 3)).toBe(true);
    expect(startsWithHeadingMarker('一、加强', 1)).toBe(false);
  });
});
