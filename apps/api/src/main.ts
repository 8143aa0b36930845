import 'reflect-metadata';
import { EnvironmentError, loadEnvironment } from '@luoshi/config';
import { migrateDatabase } from '@luoshi/data';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const env = loadEnvironment();
  if (process.argv[2] === 'migrate') {
    const ran = await migrateDatabase(env.DATABASE_URL);
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
