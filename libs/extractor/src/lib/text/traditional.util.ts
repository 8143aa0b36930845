import { Locale } from 'opencc-js/t2cn';

/**
 * Traditional → Simplified, one UTF-16 code unit for one: the single-character entries of
 * OpenCC's dictionaries (Hong Kong and Taiwan variants to OpenCC's standard forms, then standard
 * Traditional to Simplified). Phrase entries are left out on purpose: a one-for-one replacement
 * keeps every offset of the normalized text pointing at the character the user uploaded, and
 * organization names (組織部, 機關黨建) convert character by character anyway.
 */
function buildTable(): Uint16Array {
  const table = new Uint16Array(65536);
  const pairs = (groups: readonly (readonly unknown[])[]): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (const group of groups) {
      for (const dict of group) {
        if (typeof dict !== 'string') continue;
        for (const entry of dict.split('|')) {
          const space = entry.indexOf(' ');
          // "體 体" — both sides one BMP code unit; the first of several targets is the usual one
          if (space !== 1 || entry.length < 3) continue;
          const to = entry.charCodeAt(2);
          if (entry.length > 3 && entry[3] !== ' ') continue;
          out.push([entry.charCodeAt(0), to]);
        }
      }
    }
    return out;
  };
  const standard = new Map<number, number>();
  for (const region of ['hk', 'tw'] as const) for (const [from, to] of pairs(Locale.from[region] ?? [])) if (!standard.has(from)) standard.set(from, to);
  const simplified = new Map<number, number>();
  for (const [from, to] of pairs(Locale.to['cn'] ?? [])) if (!simplified.has(from)) simplified.set(from, to);
  for (const [from, to] of simplified) if (from !== to && !isSurrogate(from) && !isSurrogate(to)) table[from] = to;
  for (const [from, std] of standard) {
    const to = simplified.get(std) ?? std;
    if (from !== to && table[from] === 0 && !isSurrogate(from) && !isSurrogate(to)) table[from] = to;
  }
  return table;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** SIMPLIFIED[c] is the simplified form of the Traditional code unit c, or 0 when c needs none. */
export const SIMPLIFIED: Uint16Array = buildTable();
