import { Admin, CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import assignments from './assignments';
import calendarDays from './calendar-days';
import { createAuthProvider } from './auth/authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { createDataProvider } from './data/dataProvider';
import { createFileClient } from './data/fileClient';
import { createHttpClient } from './data/httpClient';
import { createTokenStore } from './data/http.types';
import { i18nProvider } from './i18n/i18nProvider';
import items from './items';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './layout/LoginPage';
import { MyTaskList } from './my-tasks/MyTaskList';
import notifications from './notifications';
import organizations from './organizations';
import reminderRules from './reminder-rules';
import { ReviewQueue } from './review/ReviewQueue';
import speeches from './speeches';
import { SpeechReview } from './speech-review/SpeechReview';
import { theme } from './theme';
import users from './users';

const API_URL = '/api';
// react-admin's own router binding: react-router is its dependency, not the dashboard's.
const { Route } = reactRouterProvider;
const browserFetch = (input: string, init?: RequestInit) => fetch(input, init);
const tokens = createTokenStore(window.localStorage);
const authProvider = createAuthProvider(API_URL, browserFetch, tokens);
const dataProvider = createDataProvider(API_URL, createHttpClient(browserFetch, tokens), createFileClient(browserFetch, tokens));

export function App() {
  return (
    <Admin
      title="落实"
      dashboard={Dashboard}
      loginPage={LoginPage}
      layout={AppLayout}
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      <Resource name="assignments" {...assignments} />
      <Resource name="items" {...items} />
      <Resource name="speeches" {...speeches}>
        <Route path=":id/review" element={<SpeechReview />} />
      </Resource>
      <Resource name="organizations" {...organizations} />
      <Resource name="users" {...users} />
      <Resource name="notifications" {...notifications} />
      <Resource name="reminder-rules" {...reminderRules} />
      <Resource name="calendar-days" {...calendarDays} />
      <CustomRoutes>
        <Route path="/my-tasks" element={<MyTaskList />} />
        <Route path="/review" element={<ReviewQueue />} />
      </CustomRoutes>
    </Admin>
  );
}
