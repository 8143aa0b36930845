import SmartToyIcon from '@mui/icons-material/SmartToy';
import { NotificationChannelCreate } from './NotificationChannelCreate';
import { NotificationChannelEdit } from './NotificationChannelEdit';
import { NotificationChannelList } from './NotificationChannelList';

export default {
  list: NotificationChannelList,
  create: NotificationChannelCreate,
  edit: NotificationChannelEdit,
  icon: SmartToyIcon,
  recordRepresentation: 'name',
};
