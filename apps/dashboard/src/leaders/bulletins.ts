import CampaignIcon from '@mui/icons-material/Campaign';
import { LazyBulletinList, LazyBulletinShow } from './lazy-pages';

/** 督查通报: issued by the office for a period, printed in the browser or downloaded as Word. */
export default {
  list: LazyBulletinList,
  show: LazyBulletinShow,
  icon: CampaignIcon,
  options: { label: 'luoshi.leaders.menu.bulletins' },
};
