import { AutocompleteInput, DataTable, List, NumberField, ReferenceField, ReferenceInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { EnumChip } from '../shared/EnumChip';
import { deliveryChannelChoices, deliveryModeChoices, deliveryStateChoices } from '../shared/choices';
import { RetryDeliveryButton } from './RetryDeliveryButton';
import { OfficeDateField } from '../shared/OfficeDateField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="state" source="state" choices={deliveryStateChoices} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={deliveryChannelChoices} alwaysOn />,
  <SelectInput key="mode" source="mode" choices={deliveryModeChoices} />,
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

const stateColors = { pending: 'info', sent: 'success', failed: 'error' } as const;

/** The delivery log (admins): every e-mail and robot post, its tries and last error; failed ones can be retried. */
export function DeliveryList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="createdAt">
          <OfficeDateField source="createdAt" showTime />
        </DataTable.Col>
        <DataTable.Col source="channel">
          <EnumChip source="channel" group="deliveryChannel" />
        </DataTable.Col>
        <DataTable.Col source="mode" disableSort>
          <EnumChip source="mode" group="deliveryMode" variant="filled" />
        </DataTable.Col>
        <DataTable.Col source="address" />
        <DataTable.Col source="organizationId" disableSort>
          <ReferenceField source="organizationId" reference="organizations" link={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="state">
          <EnumChip source="state" group="deliveryState" colors={stateColors} />
        </DataTable.Col>
        <DataTable.Col source="attempts">
          <NumberField source="attempts" />
        </DataTable.Col>
        <DataTable.Col source="lastError" disableSort>
          <TextField source="lastError" emptyText="—" sx={{ fontSize: 12, maxWidth: 320, display: 'inline-block', wordBreak: 'break-all' }} />
        </DataTable.Col>
        <DataTable.Col source="sentAt">
          <OfficeDateField source="sentAt" showTime emptyText="—" />
        </DataTable.Col>
        <DataTable.Col label=" ">
          <RetryDeliveryButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
