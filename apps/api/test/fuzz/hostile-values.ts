/** JSON Schema as far as the fuzz reads it. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  pattern?: string;
  items?: Schema;
  $ref?: string;
  properties?: Record<string, Schema>;
  required?: string[];
}

/** A deterministic generator (mulberry32), so that a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

/** Values that are wrong for any field: wrong types, shapes and the texts PostgreSQL refuses. */
const ANY_FIELD: unknown[] = [
  null,
  '',
  'nul\u0000inside',
  'lone \ud800 high',
  '\udc00 lone low',
  1e20,
  -1,
  1.5,
  -2_147_483_649,
  2_147_483_648,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  [],
  [1, 'two', null],
  {},
  { __proto__: 'x', constructor: 'y' },
  { nested: { deeper: ['x'] } },
  ...PROTOTYPE_NAMES,
  "x' OR '1'='1'; DROP TABLE users; --",
  '${process.exit()}{{7*7}}<script>alert(1)</script>',
  '2026-W05-3',
  '2026-035',
  '2026-02-30',
  '1e20',
  '\u202e\u200b😀𠀀',
  '../../etc/passwd',
];

/** Values wrong for a field of this schema in particular (just past its limits). */
function edgeValues(schema: Schema): unknown[] {
  const values: unknown[] = [];
  // Past the limit; the limits of megabyte-sized texts are left to the body-size test.
  if (schema.maxLength !== undefined && schema.maxLength <= 100_000) values.push('长'.repeat(schema.maxLength + 1));
  if (schema.minLength !== undefined && schema.minLength > 0) values.push('x'.repeat(schema.minLength - 1), '   ');
  if (schema.maximum !== undefined) values.push(schema.maximum + 1);
  if (schema.minimum !== undefined) values.push(schema.minimum - 1);
  if (schema.maxItems !== undefined) values.push(Array.from({ length: schema.maxItems + 1 }, () => 'x'));
  if (schema.enum) values.push(`${String(schema.enum[0])}_not`, String(schema.enum[0]).toUpperCase());
  if (schema.format === 'uuid') values.push('00000000-0000-0000-0000-000000000000', 'not-a-uuid', 'ffffffff-ffff-ffff-ffff-ffffffffffff');
  if (schema.format === 'date') values.push('2026-12-31T00:00:00Z', '0000-01-01', '99999-01-01', '9999-12-31', '0001-01-01', '2026-02-30');
  return values;
}

export function hostileValues(schema: Schema): unknown[] {
  return [...edgeValues(schema), ...ANY_FIELD];
}

/** Path values: everything a URL segment can carry. */
export const HOSTILE_PATH_VALUES: string[] = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '%00',
  '%ED%A0%80',
  '%E0%A4%A',
  '..%2F..%2Fetc',
  ...PROTOTYPE_NAMES,
  "1' OR '1'='1",
  '1e20',
  '-1',
  'x'.repeat(3000),
  '%20',
  '😀',
];

/** Query strings for the react-admin list parameters. */
export function hostileListQueries(): string[] {
  const queries: string[] = [];
  const add = (name: string, value: string) => queries.push(`${name}=${encodeURIComponent(value)}`);
  for (const name of PROTOTYPE_NAMES) {
    add('sort', JSON.stringify([name, 'ASC']));
    add('filter', JSON.stringify({ [name]: 'x' }));
    add('filter', `{"${name}":{"a":1}}`);
  }
  for (const range of ['[1e20,1e21]', '[0,1e20]', '[-5,5]', '[0.5,2]', '[9,1]', '["a","b"]', '[0]', '{}', 'null', '[0,9007199254740993]']) add('range', range);
  for (const sort of ['["id"]', '["id","SIDEWAYS"]', '[1,"ASC"]', '"id"', '{"field":"id"}', '["id","ASC","x"]', '[null,null]']) add('sort', sort);
  for (const filter of ['[]', '"x"', '1', 'null', '{"q":1}', '{"q":["a"]}', '{"q":"\\u0000"}', '{"q":"\\ud800"}', '{"q":"%_\\\\"}']) add('filter', filter);
  for (const field of ['id', 'parentId', 'organizationId', 'assignmentId', 'speechId', 'itemId', 'dueDate_gte', 'dueDate_lte', 'date_gte', 'createdAt_gte', 'state', 'kind', 'role', 'overdue', 'active', 'read', 'light', 'q']) {
    for (const value of ['not-a-uuid', '2026-W05-3', 1e20, { $gt: '' }, ['a', null], true, "'; --", '\u0000']) add('filter', JSON.stringify({ [field]: value }));
  }
  for (const raw of ['not json', '[', '{"a":', '\u0000']) for (const name of ['sort', 'range', 'filter']) add(name, raw);
  queries.push('sort=a&sort=b', 'filter[__proto__]=1', 'range[]=1&range[]=2', `filter=${'a'.repeat(5000)}`);
  return queries;
}
