import { describe, expect, it } from 'vitest';
import { findOrgMentions } from '../../organizations/org-mention.util';
import { OrgRegistry } from '../../organizations/org-registry.util';
import { isCommitment } from '../commitment.util';
import { ownDirectiveCue, splitSentences } from '../sentence.util';

const cue = (s: string) => ownDirectiveCue(s, 0, s.length) >= 0;

describe('directive cues', () => {
  it.each(['各街道要落实属地责任。', '必须把安全放在首位。', '希望大家真抓实干。', '切实加强组织领导。'])('%s is a directive', (s) => {
    expect(cue(s)).toBe(true);
  });

  it.each([
    '这是一项重要工作。',
    '按照上级的要求，取得了很好的成绩。',
    '总书记强调，要坚持人民至上。',
    '应该说大家都很努力。',
    '主要是听取意见。',
  ])('%s is not', (s) => {
    expect(cue(s)).toBe(false);
  });
});

describe('commitments', () => {
  const registry = (): OrgRegistry =>
    new OrgRegistry([
      { name: '市委', kind: 'party_committee', aliases: ['区委', '县委'] },
      { name: '县财政局', kind: 'government' },
    ]);
  const promise = (s: string) => isCommitment(s, s.length, findOrgMentions(s, registry()));

  it.each(['我们也将梳理汇总。', '区委将在下半年召开推进会。', '区委对这项工作也将全力支持。', '最近我们还将专题研究。'])('%s is a commitment', (s) => {
    expect(promise(s)).toBe(true);
  });

  it.each([
    '我们要将任务落实到位。',
    '向区委报告，将来再议。',
    '市委督查室将跟踪问效。',
    '区委将来再议。',
    '我们即将召开会议。',
    '我们的将士很辛苦。',
    // only the speaker's own body promises: not a department, not a collective
    '县财政局将做好保障。',
    '各街道将全力配合。',
    ...['，', '。', '；', '：', '！', '？', '\n'].map((pause) => `我们高度重视${pause}将全力推进。`),
  ])('%j is not', (s) => {
    expect(promise(s)).toBe(false);
  });

  it('looks at most ten characters past the speaker, and not past the sentence end', () => {
    expect(promise(`我们${'一'.repeat(10)}将推进。`)).toBe(true);
    expect(promise(`我们${'一'.repeat(11)}将推进。`)).toBe(false);
    const s = '我们也将梳理汇总。';
    expect(isCommitment(s, 3, findOrgMentions(s, registry()))).toBe(false);
    expect(isCommitment(s, 4, findOrgMentions(s, registry()))).toBe(true);
  });
});

describe('splitSentences', () => {
  it('keeps closing quotes with their sentence and splits at paragraph breaks', () => {
    const s = '他说：“要干。”接着讲\n下一段。';
    expect(splitSentences(s, 0, s.length).map((x) => s.slice(x.start, x.end))).toEqual(['他说：“要干。”', '接着讲', '下一段。']);
  });
});
