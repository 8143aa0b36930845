import { describe, expect, it } from 'vitest';
import { isRhetoric, isRhetoricalSentence } from '../rhetoric.util';
import { firstDirectiveCue, isReported, isRetrospective, splitSentences } from '../sentence.util';

describe('isRhetoricalSentence', () => {
  it.each([
    ['但也要清醒看到，工作还有差距。', true],
    ['但也要清醒地看到差距。', true],
    ['，\n但要清醒看到差距。', true],
    ['同时，要清醒看到差距。', true],
    ['同志们，要清醒看到差距。', true],
    ['要充分认识到重要性。', true],
    ['要深刻意识到问题。', true],
    ['要认清形势。', true],
    ['要牢记使命。', true],
    ['要铭记历史。', true],
    ['要明白道理。', true],
    ['要认真看到成绩。', true],
    ['要切实认真地看到成绩。', false],
    ['要认真落实。', false],
    // a task in the clause after the awareness is not rhetoric; a comment on what is seen still is
    ['要清醒看到差距，抓紧整改到位。', false],
    ['要清醒看到差距，必须加快补齐短板。', false],
    ['要清醒看到差距，要有紧迫感。', true],
    ['要清醒看到差距，要认识到问题。', true],
    ['要清醒看到差距，差距就是潜力。', true],
    ['要清醒看到差距，坚决贯彻落实。', true],
    ['要清醒看到差距，抓好落实。', true],
    // attitudes: a clear head, resolve, vigilance; and one qualified by what it is about (…的责任感)
    ['对此，我们务必保持清醒头脑。', true],
    ['要保持战略定力。', true],
    ['要保持高度警惕，6月底前完成排查。', false],
    ['各单位要进一步增强做好宣传工作的责任感和使命感。', true],
    ['要增强做好宣传工作的能力。', false],
    ['要增强做好宣传工作的责任感，年底前完成考核。', false],
    ['要增强做好宣传工作和安全生产工作责任感。', false],
    ['必须看到成绩。', false],
    ['要把抓落实作为检验干部的标尺。', true],
    ['要把实绩作为试金石。', true],
    ['要把群众满意作为根本标准。', true],
    ['要以他为标杆。', false],
    ['要把这作为标准。', false],
    ['希望大家再接再厉。', true],
    ['希望同志们再接再厉。', true],
    ['衷心希望各位再接再厉。', true],
    ['同志们，希望你们再接再厉。', true],
    ['要真抓实干。', true],
    ['要撸起袖子加油干。', true],
    ['要以饱满的热情投入工作。', true],
    ['要真抓实干，年底前完成。', false],
    ['要每天真抓实干。', false],
    ['要在3个方面真抓实干。', false],
    ['要在6月真抓实干。', false],
    ['县财政局要做好保障。', false],
    // an attitude with nothing to do beside it
    ['大家一定要有紧迫感。', true],
    ['同志们要增强责任感。', true],
    ['各单位必须牢固树立忧患意识、责任意识和大局意识。', true],
    ['大家要切实增强使命感和紧迫感！', true],
    ['要有更加强烈的危机意识。', true],
    ['大家要有紧迫感，在6月底前完成自查。', false],
    ['大家要增强责任感，把各项任务落到实处。', false],
    ['要建立责任感教育基地。', false],
  ])('%j: %s', (text, want) => {
    expect(isRhetoricalSentence(text, 0, text.length)).toBe(want);
  });

  it('reads only the range given', () => {
    const text = '甲。要清醒看到差距。';
    expect(isRhetoricalSentence(text, 2, text.length)).toBe(true);
    expect(isRhetoricalSentence('要看', 0, 2)).toBe(false);
    expect(isRhetoricalSentence('要把它作为标尺', 0, 6)).toBe(false);
  });
});

describe('isRhetoric', () => {
  it.each([
    ['县财政局要做好保障。', false],
    ['但也要清醒看到差距。要真抓实干。', true],
    ['但也要清醒看到差距。县财政局要做好保障。', false],
    ['我们看到了成绩。', false],
    ['我们看到了成绩。希望大家再接再厉。', true],
    ['大家希望大家好。', false],
    ['', false],
  ])('%j: %s', (text, want) => {
    expect(isRhetoric(text, 0, text.length)).toBe(want);
  });
});

describe('sentences', () => {
  const split = (text: string, start = 0, end = text.length) => splitSentences(text, start, end).map((s) => text.slice(s.start, s.end));

  it('splits after each terminator, with its closing quotes and brackets', () => {
    expect(split('甲。乙！丙？丁；戊…己')).toEqual(['甲。', '乙！', '丙？', '丁；', '戊…', '己']);
    expect(split('他说：“好。”然后（注。）再’」』"')).toEqual(['他说：“好。”', '然后（注。）', '再’」』"']);
    expect(split('戊……己')).toEqual(['戊……', '己']);
    expect(split('甲\n\n乙\n')).toEqual(['甲', '乙']);
    expect(split('甲。\n乙')).toEqual(['甲。', '乙']);
    expect(split('甲乙。丙', 1, 3)).toEqual(['乙。']);
    expect(split('甲。”', 0, 2)).toEqual(['甲。']);
    expect(split('')).toEqual([]);
  });

  it.each([
    ['，  切实加强领导', 3],
    ['抓紧落实', 0],
    ['请各单位', 0],
    ['重要的是', -1],
    ['要求大家', -1],
    ['我们要', -1],
    ['要做', 0],
    ['应该说', -1],
    ['应当说明', -1],
    ['应该做', 0],
    ['应当做', 0],
    ['一定要做', 0],
    ['大家务必做好', 2],
    ['亟须解决', 0],
    ['也要做好', 1],
    ['主要是', -1],
    ['必须做好', 0],
  ])('firstDirectiveCue(%j) is %d', (text, want) => {
    expect(firstDirectiveCue(text, 0, text.length)).toBe(want);
  });

  it.each([
    ['总书记强调，要', true],
    ['文件指出要', true],
    ['按照要求，要', false],
    ['根据要求，要', false],
    ['上级的要求，要', false],
    ['上级要求，要', true],
    ['大家都要', false],
  ])('isReported(%j) is %s', (text, want) => {
    expect(isReported(text, 0, text.length - 1)).toBe(want);
  });

  it('isRetrospective finds praise of past work inside the range only', () => {
    expect(isRetrospective('去年取得了成绩', 0, 7)).toBe(true);
    expect(isRetrospective('大家取得了成绩', 0, 4)).toBe(false);
    expect(isRetrospective('去年荣获称号', 0, 6)).toBe(true);
    expect(isRetrospective('要做好工作', 0, 5)).toBe(false);
  });

  it('isRetrospective: a past time opening the sentence, or an evaluation of the work', () => {
    const past = ['去年，县财政局牵头开展整治', '，去年县财政局牵头开展整治', '过去一年，县财政局牵头开展整治', '今年以来，县财政局牵头开展整治', '前期县财政局牵头开展整治', '县财政局牵头开展整治，很成功', '县财政局牵头开展整治，群众好评如潮'];
    for (const text of past) expect(isRetrospective(text, 0, text.length), text).toBe(true);
    // a past time later in the sentence is no review
    for (const text of ['县财政局牵头，在去年基础上开展整治', '县财政局牵头，前期摸底、后期整治']) expect(isRetrospective(text, 0, text.length), text).toBe(false);
  });
});

describe('isRhetoricalSentence: the limits of each rule', () => {
  const whole = (text: string) => isRhetoricalSentence(text, 0, text.length);

  it('a verb of awareness counts within four characters of 要, not five', () => {
    expect(whole('要进一步看到差距。')).toBe(true);
    expect(whole('要再进一步看到差距。')).toBe(false);
  });

  it('an attitude counts within six characters past the modal (要, 一定要), not seven', () => {
    expect(whole('要甲乙丙丁戊己紧迫感。')).toBe(true);
    expect(whole('要甲乙丙丁戊己庚紧迫感。')).toBe(false);
    expect(whole('一定要甲乙丙丁戊己紧迫感。')).toBe(true);
    expect(whole('一定要甲乙丙丁戊己庚紧迫感。')).toBe(false);
    expect(whole('务必甲乙丙丁戊己紧迫感。')).toBe(true);
    expect(whole('务必甲乙丙丁戊己庚紧迫感。')).toBe(false);
  });

  it('attitudes joined by 、和与 or a comma stay rhetoric; anything else after one is a task', () => {
    expect(whole('要增强责任感、使命感和紧迫感。')).toBe(true);
    expect(whole('要有紧迫感，有危机意识。')).toBe(true);
    expect(whole('要有紧迫感，抓紧完成自查。')).toBe(false);
  });

  it('reads only its own range: what follows the sentence does not count', () => {
    // The attitude ends the range: rhetoric, whatever comes next.
    expect(isRhetoricalSentence('要有紧迫感抓紧完成', 0, 5)).toBe(true);
    // A word of awareness, a yardstick's 作为 or an attitude just past the range are not in it.
    expect(isRhetoricalSentence('要看到差距。', 0, 1)).toBe(false);
    expect(isRhetoricalSentence('要有紧迫感', 0, 2)).toBe(false);
    expect(isRhetoricalSentence('要把这当成标尺，作为', 0, 7)).toBe(false);
  });

  it('seeing after 必须 or 务必 is a task (必须认识到…), after 要 it is not', () => {
    expect(whole('必须认识到差距。')).toBe(false);
    expect(whole('务必看到成绩。')).toBe(false);
    expect(whole('要认识到差距。')).toBe(true);
  });

  it('a wish still opens the sentence after 但 / 同时 / 同志们 and leading commas or lines', () => {
    expect(whole('但希望大家再接再厉。')).toBe(true);
    expect(whole('同时希望同志们再接再厉。')).toBe(true);
    expect(whole('，\n同志们，希望大家再接再厉。')).toBe(true);
    expect(whole('我们希望大家再接再厉。')).toBe(false);
  });

  it('an idiom alone exhorts; with a date or a count beside it, it is a task', () => {
    expect(whole('要只争朝夕。')).toBe(true);
    expect(whole('要只争朝夕，6月底前完成。')).toBe(false);
    expect(whole('要只争朝夕，每月报送进展。')).toBe(false);
  });
});
