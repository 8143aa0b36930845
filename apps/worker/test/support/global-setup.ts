import { migrateDatabase } from '@luoshi/data';
import { databaseGlobalSetup } from '@luoshi/testing';

// Migrated as the owner; the tests' API and worker connect as the app's role, as in production.
export default databaseGlobalSetup('worker', (db) => migrateDatabase(db.ownerUrl, db.appRole));
