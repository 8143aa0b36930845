import { createTheme, ThemeProvider, useTheme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';
import { useMemo, type ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton, useLocaleState } from 'react-admin';
import { IdleSignOut } from '../auth/IdleSignOut';
import type { SessionActivity } from '../data/session-activity';
import { NotificationBell } from '../notifications/NotificationBell';
import { AppMenu } from './AppMenu';
import { AppUserMenu } from './AppUserMenu';

/** react-admin's app bar with the inbox bell beside its own buttons, and the account menu. */
function AppToolbar() {
  return (
    <>
      <NotificationBell />
      <LocalesMenuButton />
      <LoadingIndicator />
    </>
  );
}

function AppTopBar() {
  return <AppBar toolbar={<AppToolbar />} userMenu={<AppUserMenu />} />;
}

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

/** The layout with the bell and the account menu; `activity` drives the idle sign-out. */
export function createAppLayout(activity: SessionActivity) {
  return function AppLayout({ children }: { children: ReactNode }) {
    return (
      <MuiLocale>
        <Layout menu={AppMenu} appBar={AppTopBar}>
          <IdleSignOut activity={activity} />
          {children}
        </Layout>
      </MuiLocale>
    );
  };
}
