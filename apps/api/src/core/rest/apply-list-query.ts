import { BadRequestException } from '@nestjs/common';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { ListQuery } from './list-query';
import { Page } from './page';

/**
 * How a resource's list may be filtered and sorted: field name in the API -> SQL expression.
 * `eq` filters take a value or an array (react-admin's getMany sends `{id: [...]}`);
 * `search` names the columns the free-text `q` filter looks in; `custom` handles anything else.
 */
export interface ListSpec<T extends ObjectLiteral> {
  sortable: Record<string, string>;
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  eq?: Record<string, string>;
  search?: string[];
  range?: Record<string, { column: string; op: '>=' | '<=' }>;
  custom?: Record<string, (qb: SelectQueryBuilder<T>, value: unknown) => void>;
}

let parameterCounter = 0;
const param = () => `p${++parameterCounter}`;

export async function findPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec<T>,
): Promise<Page<T>> {
  for (const [field, value] of Object.entries(query.filter)) {
    if (value === undefined || value === '' || value === null) continue;
    const column = spec.eq?.[field];
    const rangeSpec = spec.range?.[field];
    const custom = spec.custom?.[field];
    if (field === 'q' && spec.search) {
      const p = param();
      qb.andWhere(
        new Brackets((w) => {
          for (const c of spec.search ?? []) w.orWhere(`CAST(${c} AS text) ILIKE :${p}`);
        }),
        { [p]: `%${String(value).replace(/[%_\\]/g, (m) => `\\${m}`)}%` },
      );
    } else if (column) {
      const p = param();
      if (Array.isArray(value)) {
        if (value.length === 0) qb.andWhere('false');
        else qb.andWhere(`${column} IN (:...${p})`, { [p]: value });
      } else {
        qb.andWhere(`${column} = :${p}`, { [p]: value });
      }
    } else if (rangeSpec) {
      const p = param();
      qb.andWhere(`${rangeSpec.column} ${rangeSpec.op} :${p}`, { [p]: value });
    } else if (custom) {
      custom(qb, value);
    } else {
      throw new BadRequestException(`filter: unknown field ${field}`);
    }
  }
  const sort = query.sort ?? spec.defaultSort;
  // react-admin sorts by id unless told otherwise: always allowed.
  const sortColumn = sort.field === 'id' ? `${qb.alias}.id` : spec.sortable[sort.field];
  if (!sortColumn) {
    throw new BadRequestException(`sort: cannot sort by ${sort.field}; use one of id, ${Object.keys(spec.sortable).join(', ')}`);
  }
  qb.orderBy(sortColumn, sort.order, sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST');
  qb.addOrderBy(`${qb.alias}.id`, 'ASC');
  qb.skip(query.range.start).take(query.range.end - query.range.start + 1);
  const [data, total] = await qb.getManyAndCount();
  return new Page(data, total, query.range.start);
}
