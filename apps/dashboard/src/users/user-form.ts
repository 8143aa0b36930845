export interface UserFormValues {
  password?: string | null;
  [field: string]: unknown;
}

/** An empty password field means "keep the current one": the API expects the field to be absent. */
export function withoutEmptyPassword({ password, ...rest }: UserFormValues): UserFormValues {
  return password ? { ...rest, password } : rest;
}
