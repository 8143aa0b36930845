import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Environment } from '@luoshi/config';
import type { Request } from 'express';
import type { Redis } from 'ioredis';
import { catchError, concatMap, from, throwError, type Observable } from 'rxjs';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { REDIS } from '../queue/redis.provider';
import { countRows, type ListCounter } from './apply-list-query';

/** Counting fewer rows than this costs less than keeping the answer: only bigger counts are kept. */
const CACHED_FROM = 2000;
const CACHE_SECONDS = 300;

/** Reads the data generation and the count kept for it in one round trip. */
const READ_SCRIPT = `
local generation = redis.call('GET', KEYS[1]) or '0'
return {generation, redis.call('GET', ARGV[1] .. generation)}`;

/**
 * Totals of the big lists (Content-Range), kept in Redis per data generation: every replica
 * shares them, and every write through the API starts a new generation (DataGenerationInterceptor,
 * after the write's transaction), so no replica answers a count older than the last write. The key
 * is the count's SQL and parameters, which hold the caller's scope, the filters and today's date.
 */
@Injectable()
export class ListCountCache implements ListCounter {
  private readonly generationKey: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    env: Environment,
  ) {
    this.generationKey = `${env.QUEUE_PREFIX}:data-generation`;
  }

  async count(resource: string, qb: SelectQueryBuilder<ObjectLiteral>, keepFrom = CACHED_FROM): Promise<number> {
    const [sql, parameters] = qb.clone().select('COUNT(*)', 'total').orderBy().getQueryAndParameters();
    const hash = createHash('sha1').update(sql).update(JSON.stringify(parameters)).digest('base64url');
    const prefix = `${this.generationKey}:count:${resource}:${hash}:`;
    const [generation, kept] = (await this.redis.eval(READ_SCRIPT, 1, this.generationKey, prefix)) as [string, string | null];
    if (kept !== null && kept !== undefined) return Number(kept);
    const total = await countRows(qb);
    if (total >= keepFrom) await this.redis.set(`${prefix}${generation}`, String(total), 'EX', CACHE_SECONDS);
    return total;
  }

  /** A write happened: every kept count is out of date. */
  async newGeneration(): Promise<void> {
    await this.redis.incr(this.generationKey);
  }
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * After every write request (answered or refused, once its transaction is over and before the
 * client hears back) a new data generation begins, so the next list counts afresh.
 */
@Injectable()
export class DataGenerationInterceptor implements NestInterceptor {
  constructor(private readonly counts: ListCountCache) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const method = context.switchToHttp().getRequest<Request>().method;
    if (!WRITES.has(method)) return next.handle();
    return next.handle().pipe(
      concatMap(async (body: unknown) => {
        await this.counts.newGeneration();
        return body;
      }),
      catchError((error: unknown) => from(this.counts.newGeneration()).pipe(concatMap(() => throwError(() => error)))),
    );
  }
}
