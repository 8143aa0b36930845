import type { Paragraph } from '../outline/heading.util';

const TITLE_WORDS = ['讲话', '发言', '致辞', '报告', '会议', '座谈会', '讲稿', '动员会', '推进会'];

/** The first short paragraph that reads like a title (no full stop, or a 在…的讲话 line). */
export function findTitle(text: string, paragraphs: readonly Paragraph[]): { title: string; paragraph: Paragraph | null } {
  for (const p of paragraphs.slice(0, 4)) {
    const line = text.slice(p.start, p.end).trim();
    if (line.length === 0 || line.length > 80) continue;
    if (line.startsWith('同志们') || line.startsWith('（') || line.startsWith('(')) continue;
    const last = line[line.length - 1];
    const finished = last === '。' || last === '：' || last === '！' || last === '？';
    if (!finished || TITLE_WORDS.some((w) => line.includes(w))) return { title: line.replace(/[。：]$/u, ''), paragraph: p };
  }
  return { title: '', paragraph: null };
}
