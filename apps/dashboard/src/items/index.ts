import AssignmentIcon from '@mui/icons-material/Assignment';
import { ItemCreate } from './ItemCreate';
import { ItemList } from './ItemList';
import { ItemShow } from './ItemShow';

export default {
  list: ItemList,
  create: ItemCreate,
  show: ItemShow,
  icon: AssignmentIcon,
  recordRepresentation: 'title',
};
