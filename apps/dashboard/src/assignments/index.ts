import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { AssignmentList } from './AssignmentList';
import { AssignmentShow } from './AssignmentShow';

export default {
  list: AssignmentList,
  show: AssignmentShow,
  icon: TaskAltIcon,
  recordRepresentation: 'itemTitle',
};
