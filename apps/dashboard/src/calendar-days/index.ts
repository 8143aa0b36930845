import EventIcon from '@mui/icons-material/Event';
import { CalendarDayCreate, CalendarDayEdit } from './CalendarDayEdit';
import { CalendarDayList } from './CalendarDayList';

export default {
  list: CalendarDayList,
  edit: CalendarDayEdit,
  create: CalendarDayCreate,
  icon: EventIcon,
  recordRepresentation: 'date',
};
