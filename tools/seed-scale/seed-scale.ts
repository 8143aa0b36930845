// npm run seed:scale -- --assignments 100000 --reports 1000000 [--today YYYY-MM-DD] [--per-year 25000]
// Migrates the database DATABASE_URL names (MIGRATION_DATABASE_URL when set) and adds a
// province-sized data set to it; prints what it added and how long it took.
import { migrateDatabase, roleOf, seedScale } from '@luoshi/data';
import { Client } from 'pg';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    assignments: { type: 'string', default: '100000' },
    reports: { type: 'string', default: '1000000' },
    today: { type: 'string' },
    'per-year': { type: 'string' },
  },
});
const url = process.env['MIGRATION_DATABASE_URL'] ?? process.env['DATABASE_URL'];
async function main(): Promise<void> {
  if (!url) {
    console.error('seed:scale: set DATABASE_URL (and MIGRATION_DATABASE_URL for the owner role)');
    process.exit(2);
  }
  const started = Date.now();
  await migrateDatabase(url, process.env['DATABASE_URL'] ? roleOf(process.env['DATABASE_URL']) : undefined);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await seedScale(client, {
      assignments: Number(values.assignments),
      reports: Number(values.reports),
      ...(values.today ? { today: values.today } : {}),
      ...(values['per-year'] ? { perYear: Number(values['per-year']) } : {}),
    });
    console.log(JSON.stringify({ ...result, seconds: Math.round((Date.now() - started) / 100) / 10 }, null, 2));
  } finally {
    await client.end();
  }
}

void main();
