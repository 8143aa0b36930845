import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { AppException, invalidField } from '../http/app.exception';
import { sqlParam, type ListFilter } from './filter-values';
import type { ListQuery } from './list-query';
import { Page } from './page';

/**
 * How a resource's list may be filtered and sorted. `sortable`: sort name in the API -> SQL
 * expression; `filters`: filter name -> a typed filter from filter-values.ts; `search`: the
 * columns the free-text `q` filter looks in.
 */
export interface ListSpec<T extends ObjectLiteral> {
  sortable: Record<string, string>;
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  filters: Record<string, ListFilter<T>>;
  search?: string[];
}

const MAX_SEARCH = 200;

/**
 * Request values are looked up in Maps built from the spec's own properties: a name such as
 * `__proto__` or `constructor` finds nothing (a 400), instead of reaching an object's prototype
 * and from there the query builder's shared state.
 */
function lookup<V>(table: Record<string, V>): ReadonlyMap<string, V> {
  return new Map(Object.entries(table));
}

export async function findPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec<T>,
): Promise<Page<T>> {
  applyListQuery(qb, query, spec);
  qb.skip(query.range.start).take(query.range.end - query.range.start + 1);
  const [data, total] = await qb.getManyAndCount();
  return new Page(data, total, query.range.start);
}

/** The list's filters and sort on `qb`, without paging: the page query and the exports share it. */
export function applyListQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>): void {
  const filters = lookup(spec.filters);
  for (const [field, value] of Object.entries(query.filter)) {
    if (value === undefined || value === '' || value === null) continue;
    if (field === 'q' && spec.search) {
      if (typeof value !== 'string') throw invalidField('filter.q', 'isString');
      if (value.length > MAX_SEARCH) throw invalidField('filter.q', 'maxLength', { max: MAX_SEARCH });
      const p = sqlParam();
      qb.andWhere(
        new Brackets((w) => {
          for (const c of spec.search ?? []) w.orWhere(`CAST(${c} AS text) ILIKE :${p}`);
        }),
        { [p]: `%${value.replace(/[%_\\]/g, (m) => `\\${m}`)}%` },
      );
      continue;
    }
    const filter = filters.get(field);
    if (!filter) {
      const allowed = [...(spec.search ? ['q'] : []), ...filters.keys()].join(', ');
      throw new AppException(400, 'list.filter_unknown', { field, allowed });
    }
    filter.apply(qb, value, field);
  }
  // react-admin sorts by id unless told otherwise: always allowed.
  const sortable = lookup({ id: `${qb.alias}.id`, ...spec.sortable });
  const sort = query.sort ?? spec.defaultSort;
  const sortColumn = sortable.get(sort.field);
  if (!sortColumn) throw new AppException(400, 'list.sort_unknown', { field: sort.field, allowed: [...sortable.keys()].join(', ') });
  qb.orderBy(sortColumn, sort.order, sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST');
  qb.addOrderBy(`${qb.alias}.id`, 'ASC');
}
