import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from 'react-admin';

/** A Web Storage whose keys enumerate like the browser's (react-admin's reset walks them). */
function webStorage(): Storage {
  const storage = {} as Record<string, string>;
  const own = (key: string) => Object.prototype.hasOwnProperty.call(storage, key);
  Object.defineProperties(storage, {
    getItem: { value: (key: string) => (own(key) ? storage[key] : null) },
    setItem: { value: (key: string, value: string) => (storage[key] = String(value)) },
    removeItem: { value: (key: string) => delete storage[key] },
    clear: { value: () => Object.keys(storage).forEach((key) => delete storage[key]) },
    key: { value: (index: number) => Object.keys(storage)[index] ?? null },
    length: { get: () => Object.keys(storage).length },
  });
  return storage as unknown as Storage;
}

describe('createStore', () => {
  let localStorage: Storage;
  let createStore: () => Store;
  beforeAll(async () => {
    localStorage = webStorage();
    // react-admin decides at import time whether window.localStorage is there.
    // (the listeners are react-hotkeys-hook's, registered on import; nothing here dispatches events)
    const listeners = new EventTarget();
    Object.assign(globalThis, {
      window: {
        localStorage,
        addEventListener: listeners.addEventListener.bind(listeners),
        removeEventListener: listeners.removeEventListener.bind(listeners),
      },
    });
    ({ createStore } = await import('../store'));
  });

  it('forgets the session’s list settings on sign-out but keeps the reader’s language', () => {
    const store = createStore();
    store.setup();
    store.setItem('locale', 'en');
    store.setItem('assignments.listParams', { filter: { state: 'overdue' } });
    store.reset();
    expect(store.getItem('assignments.listParams')).toBeUndefined();
    expect(localStorage.getItem('RaStore.assignments.listParams')).toBeNull();
    expect(store.getItem('locale')).toBe('en');
    expect(localStorage.getItem('RaStore.locale')).toBe('"en"');
    store.removeItem('locale');
    store.reset();
    expect(store.getItem('locale')).toBeUndefined();
  });
});
