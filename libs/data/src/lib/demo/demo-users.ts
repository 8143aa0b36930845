import type { Role } from '@luoshi/common';
import demoUsers from './demo-users.json';

export interface DemoUser {
  username: string;
  password: string;
  name: string;
  role: Role;
  /** Name of the demo organization the user belongs to. */
  organization?: string;
}

/** One per role, and organization users who each have work; the start command prints them. */
export const DEMO_USERS = demoUsers as DemoUser[];
