import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { BooleanInput, Edit, SaveButton, SimpleForm, Title, Toolbar, useRecordContext, useTranslate } from 'react-admin';

interface PreferenceRecord {
  id: 'me';
  emailEnabled: boolean;
  email: string | null;
}

function EmailAddress() {
  const record = useRecordContext<PreferenceRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.email ? (
    <Typography variant="body2" color="text.secondary">
      {translate('luoshi.channels.emailAddress', { email: record.email })}
    </Typography>
  ) : (
    <Alert severity="info">{translate('luoshi.channels.noEmailAddress')}</Alert>
  );
}

/** 通知设置: the signed-in user's own e-mail preference (GET/PUT /notification-preferences/me). */
export function NotificationPreferencesPage() {
  const translate = useTranslate();
  return (
    <>
      <Title title="luoshi.channels.preferencesTitle" />
      <Card sx={{ mt: 2, mb: 2 }}>
        <CardContent>
          <Typography variant="body2">{translate('luoshi.channels.preferencesIntro')}</Typography>
        </CardContent>
      </Card>
      <Edit resource="notification-preferences" id="me" redirect={false} mutationMode="pessimistic" title=" " actions={false}>
        {/* Preferences are saved, never deleted: no delete button. */}
        <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>}>
          <EmailAddress />
          <BooleanInput source="emailEnabled" label="luoshi.channels.emailEnabled" helperText="luoshi.channels.emailEnabledHelp" />
        </SimpleForm>
      </Edit>
    </>
  );
}
