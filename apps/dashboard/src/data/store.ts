import { localStorageStore, type Store } from 'react-admin';

/**
 * react-admin's store, except that signing out keeps the reader's language: react-admin resets
 * the whole store on logout (list filters, column choices), and the language chosen on the login
 * page or in the app bar belongs to the person at the screen, not to the session. Without this,
 * an English reader whose session expires is sent back to a Chinese login page.
 */
export function createStore(): Store {
  const store = localStorageStore();
  return {
    ...store,
    reset() {
      const locale: unknown = store.getItem('locale');
      store.reset();
      if (typeof locale === 'string') store.setItem('locale', locale);
    },
  };
}
