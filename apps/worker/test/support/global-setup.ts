import { databaseGlobalSetup } from '@luoshi/testing';

export default databaseGlobalSetup('worker');
