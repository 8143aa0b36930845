import RuleIcon from '@mui/icons-material/Rule';
import { ScoringSchemeCreate, ScoringSchemeEdit } from './ScoringSchemeEdit';
import { ScoringSchemeList } from './ScoringSchemeList';

/** 考评方案: read by everyone who sees scores, edited and switched by admins. */
export default {
  list: ScoringSchemeList,
  edit: ScoringSchemeEdit,
  create: ScoringSchemeCreate,
  icon: RuleIcon,
  recordRepresentation: 'name',
  options: { label: 'luoshi.leaders.menu.schemes' },
};
