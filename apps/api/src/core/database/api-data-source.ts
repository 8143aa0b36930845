import { Logger as NestLogger } from '@nestjs/common';
import type { Environment } from '@luoshi/config';
import { dataSourceOptions } from '@luoshi/data';
import type { DataSourceOptions, Logger } from 'typeorm';

/** TypeORM's log, reduced to what operations need: slow and failed queries, through the app's logger. */
class SlowQueryLogger implements Logger {
  private readonly out = new NestLogger('Database');

  logQuerySlow(time: number, query: string, parameters?: unknown[]): void {
    this.out.warn({ msg: 'slow query', ms: time, sql: query, parameters });
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    this.out.debug({ msg: 'query failed', error: String(error), sql: query, parameters });
  }

  // Every query, schema builds, migrations and TypeORM's own notes are not logged.
  logQuery(): void {
    return;
  }
  logSchemaBuild(): void {
    return;
  }
  logMigration(): void {
    return;
  }
  log(): void {
    return;
  }
}

/**
 * The API's connection pool: DB_POOL_SIZE connections, each with DB_STATEMENT_TIMEOUT_MS as its
 * statement_timeout (so no request holds a connection for minutes), and queries slower than
 * DB_SLOW_QUERY_MS logged with their SQL. PostgreSQL's JIT is off for it: the API's statements are
 * short, and on the dashboard's aggregates JIT compiling took about half the execution time
 * (480 of 976 ms for one trend week at 100,000 assignments, npm run bench:dashboard).
 */
export function apiDataSourceOptions(env: Environment): DataSourceOptions {
  return dataSourceOptions(env.DATABASE_URL, {
    extra: { max: env.DB_POOL_SIZE, options: '-c jit=off', ...(env.DB_STATEMENT_TIMEOUT_MS > 0 ? { statement_timeout: env.DB_STATEMENT_TIMEOUT_MS } : {}) },
    logger: new SlowQueryLogger(),
    ...(env.DB_SLOW_QUERY_MS > 0 ? { maxQueryExecutionTime: env.DB_SLOW_QUERY_MS } : {}),
  });
}
