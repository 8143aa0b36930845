import { BadRequestException } from '@nestjs/common';

/** A react-admin simple-REST list request: `?sort=["f","ASC"]&range=[0,24]&filter={...}`. */
export interface ListQuery {
  sort: { field: string; order: 'ASC' | 'DESC' } | null;
  range: { start: number; end: number };
  filter: Record<string, unknown>;
}

const DEFAULT_PAGE = 25;
const MAX_PAGE = 1000;

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new BadRequestException(`${name} must be a JSON string`);
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadRequestException(`${name} is not valid JSON`);
  }
}

export function parseListQuery(query: Record<string, unknown>): ListQuery {
  const sortRaw = parseJson('sort', query['sort']);
  let sort: ListQuery['sort'] = null;
  if (sortRaw !== undefined) {
    if (!Array.isArray(sortRaw) || typeof sortRaw[0] !== 'string' || !['ASC', 'DESC'].includes(String(sortRaw[1]).toUpperCase())) {
      throw new BadRequestException('sort must look like ["field","ASC"]');
    }
    sort = { field: sortRaw[0], order: String(sortRaw[1]).toUpperCase() as 'ASC' | 'DESC' };
  }
  const rangeRaw = parseJson('range', query['range']);
  let range = { start: 0, end: DEFAULT_PAGE - 1 };
  if (rangeRaw !== undefined) {
    if (
      !Array.isArray(rangeRaw) ||
      !Number.isInteger(rangeRaw[0]) ||
      !Number.isInteger(rangeRaw[1]) ||
      rangeRaw[0] < 0 ||
      rangeRaw[1] < rangeRaw[0]
    ) {
      throw new BadRequestException('range must look like [0,24]');
    }
    range = { start: rangeRaw[0], end: Math.min(rangeRaw[1], rangeRaw[0] + MAX_PAGE - 1) };
  }
  const filterRaw = parseJson('filter', query['filter']) ?? {};
  if (typeof filterRaw !== 'object' || filterRaw === null || Array.isArray(filterRaw)) {
    throw new BadRequestException('filter must be a JSON object');
  }
  return { sort, range, filter: filterRaw as Record<string, unknown> };
}
