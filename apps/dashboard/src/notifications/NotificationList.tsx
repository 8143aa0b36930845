import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useQueryClient } from '@tanstack/react-query';
import { NOTIFICATION_KINDS } from '@luoshi/common';
import {
  BooleanInput,
  Button,
  DataTable,
  FunctionField,
  List,
  SelectInput,
  TopToolbar,
  useDataProvider,
  useNavigate,
  useNotify,
  useRefresh,
  type RaRecord,
} from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';
import { EnumChip } from '../shared/EnumChip';
import { enumChoices } from '../shared/choices';
import { UNREAD_QUERY_KEY } from './NotificationBell';
import { OfficeDateField } from '../shared/OfficeDateField';

interface NotificationRecord extends RaRecord {
  assignmentId: string | null;
  readAt: string | null;
  title: string;
}

const filters = [
  <SelectInput key="kind" source="kind" choices={enumChoices('notificationKind', NOTIFICATION_KINDS)} alwaysOn />,
  <BooleanInput key="unread" source="unread" label="luoshi.inbox.unreadOnly" alwaysOn />,
];

function MarkAllReadButton() {
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  return (
    <Button
      label="luoshi.inbox.markAllRead"
      onClick={async () => {
        const { updated } = await dataProvider.request<{ updated: number }>('POST', '/notifications/read-all');
        await queryClient.invalidateQueries({ queryKey: UNREAD_QUERY_KEY });
        notify('luoshi.inbox.markedAllRead', { messageArgs: { smart_count: updated } });
        refresh();
      }}
    >
      <DoneAllIcon />
    </Button>
  );
}

/** 消息中心: the caller's notifications, newest first; opening one marks it read and goes to its assignment. */
export function NotificationList() {
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const open = async (record: NotificationRecord) => {
    if (!record.readAt) {
      await dataProvider.act('notifications', String(record.id), 'read');
      await queryClient.invalidateQueries({ queryKey: UNREAD_QUERY_KEY });
    }
    if (record.assignmentId) navigate(`/assignments/${record.assignmentId}/show`);
    return false as const;
  };
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={
        <TopToolbar>
          <MarkAllReadButton />
        </TopToolbar>
      }
      empty={false}
    >
      <DataTable<NotificationRecord>
        bulkActionButtons={false}
        rowClick={(_id, _resource, record) => open(record as NotificationRecord)}
        rowSx={(record) => ({ fontWeight: record.readAt ? 'normal' : 'bold' })}
      >
        <DataTable.Col source="kind">
          <EnumChip source="kind" group="notificationKind" />
        </DataTable.Col>
        <DataTable.Col source="title" />
        <DataTable.Col source="body" />
        <DataTable.Col source="createdAt">
          <OfficeDateField source="createdAt" showTime />
        </DataTable.Col>
        <DataTable.Col source="readAt">
          <FunctionField<NotificationRecord> render={(r) => (r.readAt ? <OfficeDateField source="readAt" showTime /> : '●')} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
