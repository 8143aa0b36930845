import { AppException, notFound } from '../http/app.exception';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Loads a record for update under a row lock and checks the client's `version`: a stale version
 * is a 409 that says which version is current, so the client can reload instead of overwriting.
 */
export async function lockForUpdate<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number | undefined,
  label: string,
): Promise<T> {
  const record = await manager
    .getRepository(entity)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :id', { id })
    .getOne();
  if (!record) throw notFound(label);
  if (expectedVersion !== undefined && expectedVersion !== record.version) {
    throw new AppException(409, 'record.stale_version', { resource: label, yours: expectedVersion, current: record.version });
  }
  return record;
}
