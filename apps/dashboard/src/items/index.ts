import AssignmentIcon from '@mui/icons-material/Assignment';
import { ItemList } from './ItemList';
import { ItemShow } from './ItemShow';

export default {
  list: ItemList,
  show: ItemShow,
  icon: AssignmentIcon,
  recordRepresentation: 'title',
};
