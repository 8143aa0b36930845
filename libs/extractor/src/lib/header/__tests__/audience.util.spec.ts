import { describe, expect, it } from 'vitest';
import { COUNTY_REGISTRY } from '../../../__fixtures__/county-registries.fixture';
import { findOrgMentions } from '../../organizations/org-mention.util';
import { OrgRegistry } from '../../organizations/org-registry.util';
import { findAudience } from '../audience.util';

const audience = (text: string, openingEnd = text.length): string[] => findAudience(text, openingEnd, findOrgMentions(text, new OrgRegistry(COUNTY_REGISTRY)));

describe('findAudience', () => {
  it.each(['作了发言', '做了发言', '发了言', '交流发言', '作了交流', '汇报了', '分别汇报', '作了汇报', '做了汇报', '汇报', '发言', '召集', '参加', '出席', '与会', '介绍了'])(
    'the organizations before %s',
    (verb) => {
      expect(audience(`同志们好。刚才，县财政局、县商务局${verb}情况。`)).toEqual(['财政局', '商务局']);
    },
  );

  it('nothing without a presence verb', () => {
    expect(audience('县财政局、县商务局的工作很扎实。')).toEqual([]);
  });

  it('the first verb of the sentence closes the list', () => {
    // whichever comes first in the sentence, not in the verb list
    expect(audience('县财政局介绍了县商务局发言。')).toEqual(['财政局']);
    expect(audience('县财政局发言，县商务局介绍了。')).toEqual(['财政局']);
    // a verb at the very start stays the first one
    expect(audience('出席会议的有县财政局，县商务局介绍了县妇联的经验。')).toEqual(['财政局', '商务局', '妇联']);
  });

  it.each([
    ['参加今天会议的有县财政局、县商务局。', ['财政局', '商务局']],
    ['出席会议的是县妇联。', ['妇联']],
    ['与会的有县商务局和县科协。', ['商务局', '科协']],
    ['县商务局参加会议的有县财政局。', ['财政局']],
    ['出席会议、妇联的有县财政局。', ['财政局']],
  ])('after 参加/出席/与会 …的有/的是, the organizations that follow: %s', (text, want) => {
    expect(audience(text)).toEqual(want);
  });

  it('的有 after another verb does not turn the list around', () => {
    expect(audience('县商务局汇报的有关情况很好，县财政局也在。')).toEqual(['商务局']);
  });

  it('leaves out the speaker’s party committee, collectives, and names a body once', () => {
    expect(audience('县委、县财政局、县财政局、各部门参加。')).toEqual(['财政局']);
  });

  it('reads only the opening, and at most 6,000 characters of it', () => {
    const text = '同志们好。县财政局参加。';
    expect(audience(text, 5)).toEqual([]);
    expect(audience(text, text.length)).toEqual(['财政局']);
    const late = `${'很好。'.repeat(2000)}县财政局参加。`;
    expect(audience(late)).toEqual([]);
    expect(audience(`${'很好。'.repeat(1990)}县财政局参加。`)).toEqual(['财政局']);
  });
});
