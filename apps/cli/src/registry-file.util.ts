import type { RegistryOrg } from '@luoshi/extractor';

/** A registry file is either `{ organizations: [...] }` (corpus/orgs.json) or a bare array. */
export function parseRegistry(json: string): RegistryOrg[] {
  const data: unknown = JSON.parse(json);
  const list: unknown = Array.isArray(data) ? data : (data as { organizations?: unknown } | null)?.organizations;
  if (!Array.isArray(list)) throw new Error('expected an array of organizations or { "organizations": [...] }');
  return list
    .filter((o): o is { name: string; kind?: unknown; aliases?: unknown } => typeof o === 'object' && o !== null && typeof (o as { name?: unknown }).name === 'string')
    .map((o) => ({
      name: o.name,
      kind: typeof o.kind === 'string' ? o.kind : 'other',
      aliases: Array.isArray(o.aliases) ? o.aliases.filter((a): a is string => typeof a === 'string') : [],
    }));
}
