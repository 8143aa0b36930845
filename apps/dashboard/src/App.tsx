import { Admin, CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import assignments from './assignments';
import { CHANGE_PASSWORD_PATH, createAuthProvider } from './auth/authProvider';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import calendarDays from './calendar-days';
import { Dashboard } from './dashboard/Dashboard';
import { createDataProvider } from './data/dataProvider';
import { createFileClient } from './data/fileClient';
import { createHttpClient, storedLocale } from './data/httpClient';
import { createTokenStore } from './data/http.types';
import { createSessionActivity } from './data/session-activity';
import { createStore } from './data/store';
import type { I18nProvider } from 'react-admin';
import bulletins from './leaders/bulletins';
import scoringSchemes from './scoring-schemes';
import { LazyScorecard, LazySpeechBoard } from './leaders/lazy-pages';
import items from './items';
import { createAppLayout } from './layout/AppLayout';
import { LoginPage } from './layout/LoginPage';
import deliveries from './deliveries';
import { NotFoundPage } from './layout/NotFoundPage';
import { MyTaskList } from './my-tasks/MyTaskList';
import notificationChannels from './notification-channels';
import { NotificationPreferencesPage } from './notification-preferences/NotificationPreferencesPage';
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
// Errors are shown in the UI's language (the login page's too): the catalogue's sentence for the body's code.
const locale = storedLocale(window.localStorage);
const authProvider = createAuthProvider(API_URL, browserFetch, tokens, locale);
const activity = createSessionActivity();
const dataProvider = createDataProvider(
  API_URL,
  createHttpClient(browserFetch, tokens, activity, locale),
  createFileClient(browserFetch, tokens, locale),
);
const AppLayout = createAppLayout(activity);
const store = createStore();

export function App({ i18nProvider }: { i18nProvider: I18nProvider }) {
  return (
    <Admin
      title="落实"
      dashboard={Dashboard}
      loginPage={LoginPage}
      catchAll={NotFoundPage}
      layout={AppLayout}
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      store={store}
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
      <Resource name="notification-channels" {...notificationChannels} />
      <Resource name="deliveries" {...deliveries} />
      <Resource name="notifications" {...notifications} />
      <Resource name="reminder-rules" {...reminderRules} />
      <Resource name="calendar-days" {...calendarDays} />
      <Resource name="bulletins" {...bulletins} />
      <Resource name="scoring-schemes" {...scoringSchemes} />
      <CustomRoutes>
        <Route path="/my-tasks" element={<MyTaskList />} />
        <Route path="/review" element={<ReviewQueue />} />
        <Route path="/speech-board/:id" element={<LazySpeechBoard />} />
        <Route path="/scorecard/:id" element={<LazyScorecard />} />
        <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
        <Route path="/notification-preferences" element={<NotificationPreferencesPage />} />
      </CustomRoutes>
    </Admin>
  );
}
