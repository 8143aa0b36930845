import TaskAltIcon from '@mui/icons-material/TaskAlt';
import Typography from '@mui/material/Typography';
import { Login, LoginForm, useTranslate } from 'react-admin';

export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login avatarIcon={<TaskAltIcon />}>
      <Typography variant="h5" component="h1" align="center" sx={{ mt: 1 }}>
        {translate('luoshi.appTitle')}
      </Typography>
      <Typography variant="body2" align="center" color="text.secondary">
        {translate('luoshi.appSubtitle')}
      </Typography>
      <LoginForm />
    </Login>
  );
}
