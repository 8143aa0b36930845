import 'reflect-metadata';
import { EnvironmentError, loadEnvironment } from '@luoshi/config';
import { migrateDatabase, roleOf } from '@luoshi/data';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const env = loadEnvironment();
  if (process.argv[2] === 'migrate') {
    // The owner migrates; DATABASE_URL's role is granted what the API and the worker need.
    const ran = await migrateDatabase(env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL, roleOf(env.DATABASE_URL));
    process.stdout.write(ran.length ? `Migrated: ${ran.join(', ')}\n` : 'Database is up to date\n');
    return;
  }
  const app = await createApp(env);
  await app.listen(env.PORT);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof EnvironmentError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
