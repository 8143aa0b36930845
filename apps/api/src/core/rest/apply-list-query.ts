import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { AppException, invalidField } from '../http/app.exception';
import { sqlParam, type ListFilter } from './filter-values';
import type { ListQuery } from './list-query';
import { Page } from './page';

/**
 * How a resource's list may be filtered and sorted. `sortable`: sort name in the API -> SQL
 * expression (each with an index `(column ASC NULLS FIRST, id)`, see the list-indexes migration);
 * `filters`: filter name -> a typed filter from filter-values.ts; `search`: the columns the
 * free-text `q` filter looks in. The query builder's joins must be to-one (a row never repeats),
 * so that neither the page nor the count needs DISTINCT.
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

/** Counts a filtered list; ListCountCache answers repeated big counts from Redis. */
export interface ListCounter {
  /** `keepFrom`: the smallest total worth keeping (a count that probes much for few rows sets it low). */
  count(resource: string, qb: SelectQueryBuilder<ObjectLiteral>, keepFrom?: number): Promise<number>;
}

/** Counts with a plain count(*): no DISTINCT, no ORDER BY, the joins only where a filter needs them. */
export async function countRows(qb: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const row = await qb.clone().select('COUNT(*)', 'total').orderBy().offset(undefined).limit(undefined).getRawOne<{ total: string }>();
  return Number(row?.total ?? 0);
}

/**
 * One page of a filtered, sorted list in one statement: the page's ids on an index (ordered by the
 * sort column, then id in the same direction, so one index serves both directions) as a subquery,
 * and the rows of those ids in that order; and the total for Content-Range only when the page does
 * not tell it.
 */
export async function findPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec<T>,
  counter?: { counts: ListCounter; resource: string },
): Promise<Page<T>> {
  return findPageWith(qb, query, spec, counter, (rows) => rows.getMany());
}

/**
 * findPage with the rows of the page read by `read` from a query builder restricted to the page's
 * ids and ordered as the page (which may add columns, e.g. what each row's view needs from other
 * tables, read with getRawAndEntities or getRawMany): the rows and what they show in one
 * statement, each with its `id`.
 */
export async function findPageWith<T extends ObjectLiteral, R extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec<T>,
  counter: { counts: ListCounter; resource: string; keepFrom?: number } | undefined,
  read: (rows: SelectQueryBuilder<T>) => Promise<R[]>,
): Promise<Page<R>> {
  const sort = applyFilters(qb, query, spec);
  const id = `${qb.alias}.id`;
  const size = query.range.end - query.range.start + 1;
  const nulls = sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST';
  const ids = qb.clone().select(id).orderBy(sort.column, sort.order, nulls).addOrderBy(id, sort.order).offset(query.range.start).limit(size);
  // The ids came through every filter: the rows need only them.
  const rows = await read(
    qb
      .clone()
      .where(`${id} IN (${ids.getQuery()})`)
      .setParameters(ids.getParameters())
      .orderBy(sort.column, sort.order, nulls)
      .addOrderBy(id, sort.order),
  );
  const total = totalFromPage(query.range.start, size, rows.length) ?? (counter ? await counter.counts.count(counter.resource, qb, counter.keepFrom) : await countRows(qb));
  return new Page(rows, total, query.range.start);
}

/** A page that is not full, and not past the end, tells the total itself: no count needed. */
export function totalFromPage(start: number, size: number, rows: number): number | null {
  if (rows > 0 && rows < size) return start + rows;
  if (rows === 0 && start === 0) return 0;
  return null;
}

/** The list's filters and sort on `qb`, without paging: the exports read the list's rows with it. */
export function applyListQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>): void {
  const sort = applyFilters(qb, query, spec);
  qb.orderBy(sort.column, sort.order, sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST').addOrderBy(`${qb.alias}.id`, sort.order);
}

/** Applies the request's filters to `qb` and resolves its sort (400 for an unknown filter or sort). */
function applyFilters<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>): { column: string; order: 'ASC' | 'DESC' } {
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
  return { column: sortColumn, order: sort.order };
}
