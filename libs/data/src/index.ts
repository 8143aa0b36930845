export * from './lib/entities';
export * from './lib/data-source';
export * from './lib/migrations';
export * from './lib/snake-naming.strategy';
export * from './lib/demo/demo-users';
export * from './lib/reminders/reminder-data';
export * from './lib/speech-fingerprint';
export * from './lib/scale/seed-scale';
