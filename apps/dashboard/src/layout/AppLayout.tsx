import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton } from 'react-admin';
import { NotificationBell } from '../notifications/NotificationBell';
import { AppMenu } from './AppMenu';

/** react-admin's app bar with the inbox bell beside its own buttons. */
function AppToolbar() {
  return (
    <>
      <NotificationBell />
      <LocalesMenuButton />
      <LoadingIndicator />
    </>
  );
}

function LuoshiAppBar() {
  return <AppBar toolbar={<AppToolbar />} />;
}

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout menu={AppMenu} appBar={LuoshiAppBar}>
      {children}
    </Layout>
  );
}
