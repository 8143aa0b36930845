import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { SpeechCreate } from './SpeechCreate';
import { SpeechList } from './SpeechList';
import { SpeechShow } from './SpeechShow';

export default {
  list: SpeechList,
  create: SpeechCreate,
  show: SpeechShow,
  icon: RecordVoiceOverIcon,
  recordRepresentation: 'title',
};
