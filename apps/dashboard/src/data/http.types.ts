/** The subset of `fetch` the providers use; injected so unit tests can answer with real Responses. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Where the bearer token lives: localStorage in the browser, a Map-backed object in tests. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const TOKEN_KEY = 'luoshi.accessToken';

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

export function createTokenStore(storage: KeyValueStorage): TokenStore {
  return {
    get: () => storage.getItem(TOKEN_KEY),
    set: (token) => storage.setItem(TOKEN_KEY, token),
    clear: () => storage.removeItem(TOKEN_KEY),
  };
}
