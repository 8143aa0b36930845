import OutboxIcon from '@mui/icons-material/Outbox';
import { DeliveryList } from './DeliveryList';

export default { list: DeliveryList, icon: OutboxIcon };
