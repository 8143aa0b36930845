import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { BooleanField, Button, CreateButton, DataTable, List, TopToolbar, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';

interface SchemeRecord {
  id: string;
  name: string;
  active: boolean;
  version: number;
}

/** 启用: the one active scheme scores every ranking and scorecard; activating one retires the other. */
function ActivateButton() {
  const record = useRecordContext<SchemeRecord>();
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'scoring-schemes', action: 'edit' });
  if (!record || record.active || !canAccess) return null;
  const activate = async (event: React.MouseEvent) => {
    event.stopPropagation();
    try {
      await dataProvider.act('scoring-schemes', record.id, 'activate', { version: record.version });
      notify('luoshi.leaders.schemes.activated', { type: 'success', messageArgs: { name: record.name } });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  };
  return (
    <Button label="luoshi.leaders.schemes.activate" onClick={activate} data-testid={`activate-${record.name}`}>
      <CheckCircleIcon />
    </Button>
  );
}

/** 考评方案: the active one first; admins edit the terms and switch which one is in force. */
export function ScoringSchemeList() {
  const { canAccess: canEdit } = useCanAccess({ resource: 'scoring-schemes', action: 'edit' });
  return (
    <List sort={{ field: 'createdAt', order: 'ASC' }} actions={<TopToolbar>{canEdit && <CreateButton />}</TopToolbar>}>
      <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="name" label="luoshi.leaders.schemes.name" />
        <DataTable.Col source="active" label="luoshi.leaders.schemes.active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.NumberCol source="base" label="luoshi.leaders.schemes.base" disableSort />
        <DataTable.NumberCol source="overduePenalty" label="luoshi.leaders.schemes.overduePenalty" disableSort />
        <DataTable.NumberCol source="overdueDayPenalty" label="luoshi.leaders.schemes.overdueDayPenalty" disableSort />
        <DataTable.NumberCol source="missedReportPenalty" label="luoshi.leaders.schemes.missedReportPenalty" disableSort />
        <DataTable.NumberCol source="returnPenalty" label="luoshi.leaders.schemes.returnPenalty" disableSort />
        <DataTable.NumberCol source="earlyBonus" label="luoshi.leaders.schemes.earlyBonus" disableSort />
        <DataTable.Col label="" disableSort>
          <ActivateButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
