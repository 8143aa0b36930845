import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import Typography from '@mui/material/Typography';
import { CADENCES, type AssignmentRole, type Cadence } from '@luoshi/common';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  Button,
  Create,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useDataProvider,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { LuoshiDataProvider } from '../data/dataProvider';
import { OfficeDateInput } from '../shared/OfficeDateInput';

/** What the form holds; the API's body has one list of organizations with their roles. */
export interface TaskFormValues {
  title?: string;
  text?: string;
  leadId?: string | null;
  supportIds?: string[];
  dueDate?: string | null;
  cadence?: Cadence | null;
  publish?: boolean;
}

/** The body of `POST /api/items` for a hand-made task (a directive that stands alone). */
export function toCreateItemBody(values: TaskFormValues): Record<string, unknown> {
  const organizations: Array<{ organizationId: string; role: AssignmentRole }> = [];
  if (values.leadId) organizations.push({ organizationId: values.leadId, role: 'lead' });
  for (const id of values.supportIds ?? []) if (id !== values.leadId) organizations.push({ organizationId: id, role: 'support' });
  return {
    title: (values.title ?? '').trim(),
    text: values.text ?? '',
    kind: 'directive',
    organizations,
    dueDate: values.dueDate || null,
    cadence: values.cadence || null,
    publish: Boolean(values.publish),
  };
}

interface Proposal {
  title: string;
  dueDate: string | null;
  cadence: Cadence | null;
  organizations: Array<{ organizationId: string; role: AssignmentRole }>;
}

/** 从原文识别: the extractor reads the pasted text and fills in what the user has not typed yet. */
function ProposeButton() {
  const { getValues, setValue } = useFormContext<TaskFormValues>();
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const notify = useNotify();
  const propose = async () => {
    const text = (getValues('text') ?? '').trim();
    if (!text) return;
    try {
      const p = await dataProvider.request<Proposal>('POST', '/items/propose', { text });
      const lead = p.organizations.find((o) => o.role === 'lead')?.organizationId ?? null;
      const support = p.organizations.filter((o) => o.role === 'support').map((o) => o.organizationId);
      const found = Boolean(lead || p.dueDate || p.cadence || support.length);
      if (!getValues('title')) setValue('title', p.title, { shouldDirty: true });
      if (lead) setValue('leadId', lead, { shouldDirty: true });
      if (support.length) setValue('supportIds', support, { shouldDirty: true });
      if (p.dueDate) setValue('dueDate', p.dueDate, { shouldDirty: true, shouldValidate: true });
      if (p.cadence) setValue('cadence', p.cadence, { shouldDirty: true });
      notify(found ? 'luoshi.task.proposed' : 'luoshi.task.proposeNothing', { type: found ? 'info' : 'warning' });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Button label="luoshi.task.propose" variant="outlined" onClick={() => void propose()} data-testid="propose">
      <AutoFixHighIcon />
    </Button>
  );
}

const cadenceChoices = CADENCES.map((c) => ({ id: c, name: `luoshi.enums.cadence.${c}` }));
const leadForPublish = (value: unknown, all: TaskFormValues) => (all.publish && !value ? 'luoshi.task.leadRequired' : undefined);

/** 新建任务: a leader's written instruction (领导批示) or a meeting decision, typed or pasted by hand. */
export function ItemCreate() {
  const translate = useTranslate();
  return (
    <Create
      title="luoshi.task.title"
      redirect="show"
      transform={(values: TaskFormValues) => toCreateItemBody(values)}
    >
      <SimpleForm defaultValues={{ publish: true, supportIds: [] }} data-testid="task-form">
        <Typography variant="body2" color="text.secondary">
          {translate('luoshi.task.help')}
        </Typography>
        <TextInput source="text" multiline minRows={4} fullWidth />
        <ProposeButton />
        <TextInput source="title" validate={required()} fullWidth />
        <ReferenceInput source="leadId" reference="organizations" perPage={1000} sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput label="luoshi.task.lead" optionText="name" validate={leadForPublish} fullWidth />
        </ReferenceInput>
        {/* A lead named again as a supporter is dropped when saving (toCreateItemBody). */}
        <ReferenceArrayInput source="supportIds" reference="organizations" perPage={1000} sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteArrayInput label="luoshi.task.support" optionText="name" fullWidth filterSelectedOptions />
        </ReferenceArrayInput>
        <OfficeDateInput source="dueDate" />
        <SelectInput source="cadence" choices={cadenceChoices} emptyText="luoshi.speechReview.noCadence" />
        <BooleanInput source="publish" label="luoshi.task.publishNow" helperText="luoshi.task.publishNowHelp" />
      </SimpleForm>
    </Create>
  );
}
