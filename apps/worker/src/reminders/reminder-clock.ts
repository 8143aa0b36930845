import type { Provider } from '@nestjs/common';
import { createClock, Environment } from '@luoshi/config';

/** The worker's clock (movable only under NODE_ENV=test, see createClock). */
export const CLOCK = Symbol('CLOCK');

export const clockProvider: Provider = { provide: CLOCK, inject: [Environment], useFactory: (env: Environment) => createClock(env) };
