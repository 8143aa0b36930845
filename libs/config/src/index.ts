export * from './lib/environment';
export * from './lib/redis';
