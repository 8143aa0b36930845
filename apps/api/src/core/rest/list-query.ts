import { invalidField } from '../http/app.exception';
import { assertStorableText } from '../http/text-safety';

/** A react-admin simple-REST list request: `?sort=["f","ASC"]&range=[0,24]&filter={...}`. */
export interface ListQuery {
  sort: { field: string; order: 'ASC' | 'DESC' } | null;
  range: { start: number; end: number };
  filter: Record<string, unknown>;
}

const DEFAULT_PAGE = 25;
const MAX_PAGE = 1000;
/** Offsets beyond int4 name no page of any collection here, and far beyond it SQL refuses them. */
const MAX_RANGE_INDEX = 2_147_483_647;
const ORDERS: ReadonlyMap<string, 'ASC' | 'DESC'> = new Map([
  ['ASC', 'ASC'],
  ['DESC', 'DESC'],
]);

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw invalidField(name, 'jsonString');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalidField(name, 'notJson');
  }
  // JSON escapes (`"\u0000"`) reach here only after parsing.
  assertStorableText(parsed, name);
  return parsed;
}

function isRangeIndex(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_RANGE_INDEX;
}

export function parseListQuery(query: Record<string, unknown>): ListQuery {
  const sortRaw = parseJson('sort', query['sort']);
  let sort: ListQuery['sort'] = null;
  if (sortRaw !== undefined) {
    const order = Array.isArray(sortRaw) && typeof sortRaw[1] === 'string' ? ORDERS.get(sortRaw[1].toUpperCase()) : undefined;
    if (!Array.isArray(sortRaw) || sortRaw.length !== 2 || typeof sortRaw[0] !== 'string' || !order) throw invalidField('sort', 'sortShape');
    sort = { field: sortRaw[0], order };
  }
  const rangeRaw = parseJson('range', query['range']);
  let range = { start: 0, end: DEFAULT_PAGE - 1 };
  if (rangeRaw !== undefined) {
    if (!Array.isArray(rangeRaw) || rangeRaw.length !== 2 || !isRangeIndex(rangeRaw[0]) || !isRangeIndex(rangeRaw[1]) || rangeRaw[1] < rangeRaw[0]) {
      throw invalidField('range', 'rangeShape', { max: MAX_RANGE_INDEX });
    }
    range = { start: rangeRaw[0], end: Math.min(rangeRaw[1], rangeRaw[0] + MAX_PAGE - 1) };
  }
  const filterRaw = parseJson('filter', query['filter']) ?? {};
  if (typeof filterRaw !== 'object' || filterRaw === null || Array.isArray(filterRaw)) throw invalidField('filter', 'filterShape');
  return { sort, range, filter: filterRaw as Record<string, unknown> };
}
