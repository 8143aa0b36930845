import { ConflictException, NotFoundException } from '@nestjs/common';
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
  if (!record) throw new NotFoundException(`No ${label} with id ${id}`);
  if (expectedVersion !== undefined && expectedVersion !== record.version) {
    throw new ConflictException(
      `This ${label} was changed by someone else (your version ${expectedVersion}, current ${record.version}): reload it and try again`,
    );
  }
  return record;
}
