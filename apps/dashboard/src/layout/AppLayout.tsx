import { createTheme, ThemeProvider, useTheme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';
import { useMemo, type ReactNode } from 'react';
import { Layout, useLocaleState } from 'react-admin';
import { AppMenu } from './AppMenu';

/**
 * MUI's own words (the autocomplete's Clear/Open/Close, "No options", the table pager) follow the
 * UI's language like react-admin's do.
 */
function MuiLocale({ children }: { children: ReactNode }) {
  const theme = useTheme();
  const [locale] = useLocaleState();
  const localized = useMemo(() => createTheme(theme, locale === 'en' ? enUS : zhCN), [theme, locale]);
  return <ThemeProvider theme={localized}>{children}</ThemeProvider>;
}

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <MuiLocale>
      <Layout menu={AppMenu}>{children}</Layout>
    </MuiLocale>
  );
}
