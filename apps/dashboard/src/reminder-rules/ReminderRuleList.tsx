import { BooleanField, CreateButton, DataTable, FunctionField, List, ReferenceField, TextField, TopToolbar, usePermissions, useTranslate, type RaRecord } from 'react-admin';
import type { Role } from '@luoshi/common';
import { canRoleAccess } from '../auth/access';

interface RuleRecord extends RaRecord {
  organizationId: string | null;
  speechId: string | null;
  dueSoonDays: number[];
}

function Scope() {
  const translate = useTranslate();
  return (
    <FunctionField<RuleRecord>
      render={(r) =>
        r.organizationId ? (
          <ReferenceField source="organizationId" reference="organizations" link={false} />
        ) : r.speechId ? (
          <ReferenceField source="speechId" reference="speeches" link={false} />
        ) : (
          translate('luoshi.reminderRule.default')
        )
      }
    />
  );
}

/** 提醒规则: the default first, then the overrides (an organization's wins over a speech's). */
export function ReminderRuleList() {
  const { permissions } = usePermissions<Role>();
  const canEdit = !!permissions && canRoleAccess(permissions, 'reminder-rules', 'edit');
  return (
    <List sort={{ field: 'createdAt', order: 'ASC' }} actions={<TopToolbar>{canEdit && <CreateButton />}</TopToolbar>}>
      <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="organizationId" label="luoshi.reminderRule.scope" disableSort>
          <Scope />
        </DataTable.Col>
        <DataTable.Col source="dueSoonDays" disableSort>
          <FunctionField<RuleRecord> render={(r) => r.dueSoonDays.join(', ')} />
        </DataTable.Col>
        <DataTable.Col source="overdueEveryDays" disableSort />
        <DataTable.Col source="escalateAfterDays" disableSort />
        <DataTable.Col source="sendTime" disableSort>
          <TextField source="sendTime" />
        </DataTable.Col>
        <DataTable.Col source="periodicReports" disableSort>
          <BooleanField source="periodicReports" />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
