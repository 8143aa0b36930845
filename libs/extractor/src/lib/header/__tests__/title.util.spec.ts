import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../outline/heading.util';
import { findTitle } from '../title.util';

const titleOf = (text: string): string => findTitle(text, splitParagraphs(text)).title;

describe('findTitle', () => {
  it('takes the first short line without a full stop', () => {
    expect(titleOf('关于安全生产的几点意见\n同志们：\n今天开会。')).toBe('关于安全生产的几点意见');
  });

  it('takes a finished line when it names a speech or meeting, dropping its 。 or ：', () => {
    for (const word of ['讲话', '发言', '致辞', '报告', '会议', '座谈会', '讲稿', '动员会', '推进会']) {
      expect(titleOf(`在全县大会上的${word}。\n正文。`), word).toBe(`在全县大会上的${word}`);
    }
    expect(titleOf('在全县大会上的讲话：\n正文。')).toBe('在全县大会上的讲话');
    // only the last character is dropped
    expect(titleOf('县委。县政府工作会议讲话\n正文。')).toBe('县委。县政府工作会议讲话');
  });

  it.each(['。', '：', '！', '？'])('skips a finished line (ending in %s) that names nothing', (end) => {
    expect(titleOf(`今天天气很好${end}\n安全生产工作要点\n正文。`)).toBe('安全生产工作要点');
  });

  it('skips the salutation, bracketed lines, empty and overlong lines', () => {
    expect(titleOf('同志们好\n（2026年4月8日）\n(根据录音整理)\n防汛工作部署\n正文。')).toBe('防汛工作部署');
    expect(titleOf(`${'很'.repeat(81)}\n防汛工作部署`)).toBe('防汛工作部署');
    expect(titleOf(`${'很'.repeat(80)}\n防汛工作部署`)).toBe('很'.repeat(80));
    expect(titleOf('   \n  防汛工作部署  \n正文。')).toBe('防汛工作部署');
  });

  it('looks at the first four paragraphs only, and returns the paragraph it took', () => {
    expect(findTitle('一。\n二。\n三。\n四。\n防汛工作部署', splitParagraphs('一。\n二。\n三。\n四。\n防汛工作部署'))).toEqual({ title: '', paragraph: null });
    const text = '一。\n二。\n三。\n防汛工作部署\n正文。';
    const found = findTitle(text, splitParagraphs(text));
    expect(found.title).toBe('防汛工作部署');
    expect(found.paragraph && text.slice(found.paragraph.start, found.paragraph.end)).toBe('防汛工作部署');
  });
});
