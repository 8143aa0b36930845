export * from './lib/environment';
export * from './lib/redis';
export * from './lib/clock';
