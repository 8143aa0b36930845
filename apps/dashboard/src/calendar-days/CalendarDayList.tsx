import type { Role } from '@luoshi/common';
import { BooleanInput, CreateButton, DataTable, FunctionField, List, TopToolbar, usePermissions, useTranslate, type RaRecord } from 'react-admin';
import Chip from '@mui/material/Chip';
import { canRoleAccess } from '../auth/access';
import { OfficeDateField } from '../shared/OfficeDateField';
import { OfficeDateInput } from '../shared/OfficeDateInput';

interface DayRecord extends RaRecord {
  date: string;
  working: boolean;
  name: string | null;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const filters = [
  <OfficeDateInput key="from" source="date_gte" label="luoshi.filters.dateFrom" alwaysOn />,
  <OfficeDateInput key="to" source="date_lte" label="luoshi.filters.dateTo" alwaysOn />,
  <BooleanInput key="working" source="working" />,
];

/** 工作日历: the holidays and 调休 working days that differ from the plain Monday–Friday week. */
export function CalendarDayList() {
  const { permissions } = usePermissions<Role>();
  const translate = useTranslate();
  const canEdit = !!permissions && canRoleAccess(permissions, 'calendar-days', 'edit');
  const thisYear = new Date().getFullYear();
  return (
    <List
      filters={filters}
      filterDefaultValues={{ date_gte: `${thisYear}-01-01` }}
      sort={{ field: 'date', order: 'ASC' }}
      perPage={50}
      actions={<TopToolbar>{canEdit && <CreateButton />}</TopToolbar>}
    >
      <DataTable<DayRecord> rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="date">
          <OfficeDateField source="date" />
        </DataTable.Col>
        <DataTable.Col source="weekday" label="luoshi.calendar.weekday" disableSort>
          <FunctionField<DayRecord> render={(r) => translate(`luoshi.calendar.weekdays.${WEEKDAYS[new Date(`${r.date}T00:00:00Z`).getUTCDay()]}`)} />
        </DataTable.Col>
        <DataTable.Col source="working">
          <FunctionField<DayRecord>
            render={(r) => (
              <Chip
                size="small"
                color={r.working ? 'info' : 'success'}
                label={translate(r.working ? 'luoshi.calendar.workday' : 'luoshi.calendar.holiday')}
              />
            )}
          />
        </DataTable.Col>
        <DataTable.Col source="name" />
      </DataTable>
    </List>
  );
}
