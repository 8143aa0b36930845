import { migrateDatabase } from '@luoshi/data';
import { databaseGlobalSetup } from '@luoshi/testing';

export default databaseGlobalSetup('worker', migrateDatabase);
