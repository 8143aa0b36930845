import type { RegistryOrg } from '../types/extraction.type';
import { COLLECTIVE_TERMS, SELF_TERMS } from './collective.constant';

/** `unknown`: a name that looks like an organization the registry does not list (县侨联), never a registry word. */
export type MentionKind = 'org' | 'collective' | 'self' | 'unknown';

export interface TrieValue {
  kind: MentionKind;
  /** canonical registry name for `org` */
  org: string | null;
  orgKind: string | null;
  collective: 'mass' | 'all' | null;
}

const OFFICE = '办公室';

interface TrieNode {
  next: Map<number, TrieNode>;
  value: TrieValue | null;
}

/** Registry names, aliases and collective words in a character trie for longest-match scanning. */
export class OrgRegistry {
  private readonly root: TrieNode = { next: new Map(), value: null };
  /** code units that start some word: every other position is skipped at once */
  readonly firstCodes = new Uint8Array(65536);
  readonly kinds = new Map<string, string>();
  readonly names: string[] = [];
  readonly partyCommittee: string | null;
  private readonly words: Array<readonly [string, string]> = [];

  constructor(registry: readonly RegistryOrg[]) {
    for (const [word, collective] of COLLECTIVE_TERMS) this.add(word, { kind: 'collective', org: null, orgKind: null, collective });
    for (const word of SELF_TERMS) this.add(word, { kind: 'self', org: null, orgKind: null, collective: null });
    let party: string | null = null;
    const offices: Array<readonly [string, TrieValue]> = [];
    for (const entry of Array.isArray(registry) ? registry : []) {
      if (!entry || typeof entry.name !== 'string' || entry.name.trim() === '') continue;
      const name = entry.name.trim();
      const kind = typeof entry.kind === 'string' ? entry.kind : 'other';
      if (!this.kinds.has(name)) this.names.push(name);
      this.kinds.set(name, kind);
      if (kind === 'party_committee' && party === null) party = name;
      const value: TrieValue = { kind: 'org', org: name, orgKind: kind, collective: null };
      // registry words override collective words with the same spelling (各级党组织 is an entry)
      this.add(name, value);
      this.words.push([name, name]);
      offices.push([name, value]);
      for (const alias of Array.isArray(entry.aliases) ? entry.aliases : []) {
        if (typeof alias !== 'string' || alias.trim() === '') continue;
        this.add(alias.trim(), value);
        this.words.push([alias.trim(), name]);
        offices.push([alias.trim(), value]);
      }
    }
    // 县委办 is how a speech says 县委办公室, and the other way round: either form names the office
    // the registry lists with the other, unless the registry spells it for something else
    for (const [word, value] of offices) {
      if (word.length > OFFICE.length + 1 && word.endsWith(OFFICE)) this.addIfFree(`${word.slice(0, -OFFICE.length)}办`, value);
      else if (word.length > 2 && word.endsWith('办')) this.addIfFree(`${word}${OFFICE.slice(1)}`, value);
    }
    this.partyCommittee = party;
  }

  private addIfFree(word: string, value: TrieValue): void {
    if (this.longestAt(word, 0)?.end !== word.length) this.add(word, value);
  }

  private add(word: string, value: TrieValue): void {
    let node = this.root;
    this.firstCodes[word.charCodeAt(0)] = 1;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), value: null };
        node.next.set(code, child);
      }
      node = child;
    }
    if (node.value === null || value.kind === 'org') node.value = value;
  }

  /** Longest word starting at `i`: its end offset and value, or null. */
  longestAt(text: string, i: number): { end: number; value: TrieValue } | null {
    if (i >= text.length || this.firstCodes[text.charCodeAt(i)] === 0) return null;
    let node: TrieNode | undefined = this.root;
    let best: { end: number; value: TrieValue } | null = null;
    for (let j = i; j < text.length && node; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (node?.value) best = { end: j + 1, value: node.value };
    }
    return best;
  }

  /**
   * The one organization whose name or alias starts with `stem` (卫健 → 卫健委), for topics such as
   * 对卫健工作来说; null when none or several match.
   */
  orgByStem(stem: string): string | null {
    if (stem.length < 2) return null;
    let found: string | null = null;
    for (const [word, org] of this.words) {
      if (!word.startsWith(stem) && !word.startsWith(stem, 1)) continue;
      if (found !== null && found !== org) return null;
      found = org;
    }
    return found;
  }

  /** Whether some word starts with this code unit. */
  startsWord(code: number): boolean {
    return this.firstCodes[code] === 1;
  }

  massOrgs(): string[] {
    return this.names.filter((n) => this.kinds.get(n) === 'mass_org');
  }
}
