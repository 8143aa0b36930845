import { createTestDatabase, dropTestDatabase, type TestDatabase } from '@luoshi/testing';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../data-source';
import { seedScale } from '../scale/seed-scale';

/** What the migrations made of the schema: indexes (with what they are over) and constraints. */
async function schemaOf(client: Client): Promise<{ indexes: string[]; constraints: string[] }> {
  const indexes = await client.query<{ v: string }>(
    `SELECT i.relname || ' ON ' || t.relname || ' ' || pg_get_indexdef(x.indexrelid, 0, true) || ' unique=' || x.indisunique || ' valid=' || x.indisvalid
            || ' where=' || COALESCE(pg_get_expr(x.indpred, x.indrelid) IS NOT NULL, false) AS v
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      WHERE t.relnamespace = 'public'::regnamespace ORDER BY 1`,
  );
  const constraints = await client.query<{ v: string }>(
    `SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' validated=' || convalidated AS v
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1`,
  );
  return { indexes: indexes.rows.map((r) => r.v), constraints: constraints.rows.map((r) => r.v) };
}

describe('seedScale', () => {
  let db: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    db = await createTestDatabase('seedscale');
    await migrateDatabase(db.ownerUrl, db.appRole);
    client = new Client({ connectionString: db.ownerUrl });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    if (db) await dropTestDatabase(db.name);
  });

  it('leaves every index and constraint as the migrations made them, the foreign keys enforced again', async () => {
    const before = await schemaOf(client);
    expect(before.constraints.some((c) => c.startsWith('progress_reports ') && c.includes('FOREIGN KEY (assignment_id)'))).toBe(true);
    const seeded = await seedScale(client, { assignments: 2000, reports: 8000, today: '2026-12-01' });
    expect(seeded).toMatchObject({ assignments: 2000, reports: 8000 });
    expect(await schemaOf(client)).toEqual(before);
    // The keys are enforced again: a report of no assignment is refused.
    await expect(
      client.query(`INSERT INTO progress_reports (assignment_id, done, percent) VALUES ('00000000-0000-4000-8000-000000000000', 'x', 1)`),
    ).rejects.toThrow(/foreign key/);
    const orphans = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM progress_reports r WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.id = r.assignment_id)`,
    );
    expect(Number(orphans.rows[0]?.n)).toBe(0);
  });
});
