/**
 * When the user last did something the API counts as activity (any request but background
 * polling), so that the dashboard signs out when the server-side session has run out anyway,
 * instead of at the next click.
 */
export interface SessionActivity {
  touch(): void;
  /** Milliseconds since the last activity. */
  idleFor(): number;
}

export function createSessionActivity(now: () => number = Date.now): SessionActivity {
  let last = now();
  return {
    touch: () => {
      last = now();
    },
    idleFor: () => now() - last,
  };
}

/** Whether a session idle for `idleMs` has passed its limit of `idleMinutes` (unknown limit: never). */
export function sessionIdleExpired(idleMs: number, idleMinutes: number | undefined): boolean {
  return typeof idleMinutes === 'number' && idleMinutes > 0 && idleMs >= idleMinutes * 60_000;
}
