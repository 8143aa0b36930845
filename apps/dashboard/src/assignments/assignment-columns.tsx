import { DataTable, ReferenceField } from 'react-admin';
import { AssignmentStateChip } from '../shared/AssignmentStateChip';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { EnumChip } from '../shared/EnumChip';
import { LightChip } from '../shared/LightChip';
import { OverdueBadge } from '../shared/OverdueBadge';
import { PercentField } from '../shared/PercentField';
import { OfficeDateField } from '../shared/OfficeDateField';

/** The columns an assignment table may show, each defined once. */
const COLUMNS = {
  itemTitle: <DataTable.Col key="itemTitle" source="itemTitle" disableSort />,
  speech: (
    <DataTable.Col key="speechId" source="speechId" disableSort>
      <ReferenceField source="speechId" reference="speeches" link={false} emptyText="—" />
    </DataTable.Col>
  ),
  organization: (
    <DataTable.Col key="organizationId" source="organizationId">
      <ReferenceField source="organizationId" reference="organizations" link={false} />
    </DataTable.Col>
  ),
  role: (
    <DataTable.Col key="role" source="role" disableSort>
      <EnumChip source="role" group="assignmentRole" />
    </DataTable.Col>
  ),
  handler: <DataTable.Col key="handlerName" source="handlerName" disableSort />,
  state: (
    <DataTable.Col key="state" source="state">
      <AssignmentStateChip />
    </DataTable.Col>
  ),
  dueDate: (
    <DataTable.Col key="dueDate" source="dueDate">
      <OfficeDateField source="dueDate" />
    </DataTable.Col>
  ),
  deadline: (
    <DataTable.Col key="daysLeft" source="daysLeft" disableSort>
      <DeadlineBadge />
    </DataTable.Col>
  ),
  percent: (
    <DataTable.Col key="percent" source="percent">
      <PercentField />
    </DataTable.Col>
  ),
  light: (
    <DataTable.Col key="light" source="light" disableSort>
      <LightChip />
    </DataTable.Col>
  ),
  overdue: (
    <DataTable.Col key="overdue" source="overdue" disableSort>
      <OverdueBadge />
    </DataTable.Col>
  ),
  lastReportAt: (
    <DataTable.Col key="lastReportAt" source="lastReportAt" disableSort>
      <OfficeDateField source="lastReportAt" showTime emptyText="—" />
    </DataTable.Col>
  ),
};

export type AssignmentColumn = keyof typeof COLUMNS;

/** Columns for a DataTable of assignments, in the order named (elements, so DataTable sees them directly). */
export function assignmentColumns(...names: AssignmentColumn[]) {
  return names.map((name) => COLUMNS[name]);
}
