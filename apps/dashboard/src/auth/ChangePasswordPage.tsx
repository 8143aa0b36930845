import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import type { CurrentUser } from '@luoshi/common';
import { useState } from 'react';
import {
  Form,
  PasswordInput,
  SaveButton,
  Title,
  useAuthProvider,
  useGetIdentity,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { LuoshiAuthProvider } from './authProvider';
import { validateChangePassword, type ChangePasswordValues } from './change-password-form';

/**
 * 修改密码: reached from the user menu, or forced after signing in with an initial or expired
 * password (the API refuses everything else until then, and checkError sends the user here).
 */
export function ChangePasswordPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const authProvider = useAuthProvider<LuoshiAuthProvider>();
  const { identity, refetch } = useGetIdentity();
  const [saving, setSaving] = useState(false);
  const user = identity as (CurrentUser & { fullName?: string }) | undefined;
  const policy = user?.passwordPolicy;

  async function submit(values: ChangePasswordValues) {
    if (!authProvider || !values.oldPassword || !values.newPassword) return;
    setSaving(true);
    try {
      await authProvider.changePassword(values.oldPassword, values.newPassword);
      notify('luoshi.auth.passwordChanged', { type: 'success' });
      await refetch();
      redirect('/');
    } catch (error) {
      const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card sx={{ maxWidth: 480, mt: 2 }}>
      <Title title="luoshi.auth.changePassword" />
      <CardContent>
        {user?.passwordChangeRequired && (
          <Alert severity="warning" sx={{ mb: 2 }} data-testid="password-change-required">
            {translate('luoshi.auth.forcedIntro')}
          </Alert>
        )}
        <Form
          onSubmit={(values: Record<string, unknown>) => submit(values as ChangePasswordValues)}
          validate={(values: Record<string, unknown>) => validateChangePassword(values as ChangePasswordValues, policy)}
        >
          <PasswordInput source="oldPassword" label="luoshi.auth.oldPassword" autoComplete="current-password" fullWidth />
          <PasswordInput
            source="newPassword"
            label="luoshi.auth.newPassword"
            autoComplete="new-password"
            helperText={translate('luoshi.auth.passwordPolicy', { minLength: policy?.minLength ?? 8, minClasses: policy?.minClasses ?? 3 })}
            fullWidth
          />
          <PasswordInput source="confirmPassword" label="luoshi.auth.confirmPassword" autoComplete="new-password" fullWidth />
          <SaveButton label="luoshi.auth.changePassword" disabled={saving} alwaysEnable={!saving} />
        </Form>
      </CardContent>
    </Card>
  );
}
