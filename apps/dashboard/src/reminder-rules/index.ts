import AlarmIcon from '@mui/icons-material/Alarm';
import { ReminderRuleCreate, ReminderRuleEdit } from './ReminderRuleEdit';
import { ReminderRuleList } from './ReminderRuleList';

export default {
  list: ReminderRuleList,
  edit: ReminderRuleEdit,
  create: ReminderRuleCreate,
  icon: AlarmIcon,
  recordRepresentation: 'name',
};
