import { ABOUT_LINES } from './about-lines.fixture';
import { HEALTH_CAMPAIGN } from './health-campaign.fixture';
import { SAFETY_MEETING } from './safety-meeting.fixture';
import type { SpeechFixture } from './fixture.type';
import { YOUTH_FORUM } from './youth-forum.fixture';

export const SPEECH_FIXTURES: readonly SpeechFixture[] = [SAFETY_MEETING, YOUTH_FORUM, HEALTH_CAMPAIGN, ABOUT_LINES];
export type { ExpectedItem, SpeechFixture } from './fixture.type';
