import type { ReactNode } from 'react';
import { AppBar, Layout } from 'react-admin';
import { IdleSignOut } from '../auth/IdleSignOut';
import type { SessionActivity } from '../data/session-activity';
import { AppMenu } from './AppMenu';
import { AppUserMenu } from './AppUserMenu';

function AppTopBar() {
  return <AppBar userMenu={<AppUserMenu />} />;
}

/** The layout with the account menu; `activity` drives the idle sign-out. */
export function createAppLayout(activity: SessionActivity) {
  return function AppLayout({ children }: { children: ReactNode }) {
    return (
      <Layout menu={AppMenu} appBar={AppTopBar}>
        <IdleSignOut activity={activity} />
        {children}
      </Layout>
    );
  };
}
