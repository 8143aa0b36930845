/** What a password must contain (等级保护 2.0 identity requirements); configured by the deployment. */
export interface PasswordPolicy {
  minLength: number;
  /** How many of the four classes (upper case, lower case, digits, symbols) it must mix. */
  minClasses: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, minClasses: 3 };

/** How many of upper case, lower case, digits and symbols occur in the password. */
export function passwordClassCount(password: string): number {
  const classes = [/\p{Lu}/u, /\p{Ll}/u, /\p{Nd}/u, /[^\p{Lu}\p{Ll}\p{Nd}\s]/u];
  return classes.filter((re) => re.test(password)).length;
}

/** True when the password is long enough (counted in code points) and mixes enough classes. */
export function meetsPasswordPolicy(password: string, policy: PasswordPolicy): boolean {
  return [...password].length >= policy.minLength && passwordClassCount(password) >= policy.minClasses;
}
