export interface UserFormValues {
  password?: string | null;
  [field: string]: unknown;
}

/** An empty password field means "keep the current one": the API expects the field to be absent. */
export function withoutEmptyPassword({ password, ...rest }: UserFormValues): UserFormValues {
  return password ? { ...rest, password } : rest;
}

/** Whether the account is locked now (after too many failed sign-ins); the lock lapses by itself. */
export function isLocked(record: { lockedUntil?: string | null } | undefined, now: Date = new Date()): boolean {
  if (!record?.lockedUntil) return false;
  const until = Date.parse(record.lockedUntil);
  return Number.isFinite(until) && until > now.getTime();
}
