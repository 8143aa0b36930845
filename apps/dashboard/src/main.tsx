import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { storedLocale } from './data/httpClient';
import { createI18nProvider, loadEnglishMessages } from './i18n/i18nProvider';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const english =
  storedLocale(window.localStorage)() === 'en'
    ? loadEnglishMessages().catch(() => undefined)
    : Promise.resolve(undefined);
void english.then((messages) =>
  createRoot(root).render(
    <StrictMode>
      <App i18nProvider={createI18nProvider(messages)} />
    </StrictMode>,
  ),
);
