import { ABOUT_LINES } from './about-lines.fixture';
import { HEALTH_CAMPAIGN } from './health-campaign.fixture';
import { SAFETY_MEETING } from './safety-meeting.fixture';
import { STANDING_MEETING } from './standing-meeting.fixture';
import { DEPLOYMENT_MEETING } from './deployment-meeting.fixture';
import { INSPECTION_REMARKS } from './inspection-remarks.fixture';
import { MEETING_MINUTES } from './meeting-minutes.fixture';
import { INSTRUCTION_NOTE } from './instruction-note.fixture';
import { PLEDGE_SPEECH } from './pledge-speech.fixture';
import type { SpeechFixture } from './fixture.type';
import { YOUTH_FORUM } from './youth-forum.fixture';
import { WORKERS_RIGHTS } from './workers-rights.fixture';
import { TEA_INDUSTRY } from './tea-industry.fixture';
import { PARTY_BUILDING_TRADITIONAL } from './party-building-traditional.fixture';
import { FLOOD_CONTROL } from './flood-control.fixture';
import { DIVISION_PLAN } from './division-plan.fixture';

export const SPEECH_FIXTURES: readonly SpeechFixture[] = [
  SAFETY_MEETING,
  YOUTH_FORUM,
  HEALTH_CAMPAIGN,
  ABOUT_LINES,
  WORKERS_RIGHTS,
  TEA_INDUSTRY,
  PARTY_BUILDING_TRADITIONAL,
  FLOOD_CONTROL,
  STANDING_MEETING,
  DEPLOYMENT_MEETING,
  INSPECTION_REMARKS,
  MEETING_MINUTES,
  INSTRUCTION_NOTE,
  PLEDGE_SPEECH,
  DIVISION_PLAN,
];
export type { ExpectedItem, SpeechFixture } from './fixture.type';
