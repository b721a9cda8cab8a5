import { STATES, STATE_NAME_ALIASES, tryResolveState } from '@tracker/domain';

/**
 * Recognising State names inside free text, where the parsers must decide what is a State before
 * `normalise.ts` resolves it: the "(France, Germany)" attributions of OHCHR matrices and the 2015
 * "Recommending state/s" cells whose names run together ("FranceGermanyChile").
 */

export interface StateNameMatcher {
  /**
   * The name to report when `raw` names a State, else null. A name the resolver does not know is
   * repaired when it equals a known name up to spaces and punctuation (text converted from PDF
   * splits words: "Sierra Le one", "Bolivia (Plurinational S tate of)").
   */
  match(raw: string): string | null;
  /**
   * Splits names written one after another ("FranceGermany", "Chile Peru", "Chile; Peru"), trying
   * the longest known name first and backtracking; null when the text is not entirely State names.
   */
  splitRunTogether(raw: string): string[] | null;
}

/** Letters and digits only, lower case, accents removed: "Côte d’Ivoire" → "cotedivoire". */
export function compactName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A compacted string with, for each compact character, its index in the original. */
interface CompactText {
  compact: string;
  origin: number[];
}

function compactWithOrigin(s: string): CompactText {
  let compact = '';
  const origin: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = compactName(s[i]);
    for (const ch of c) {
      compact += ch;
      origin.push(i);
    }
  }
  return { compact, origin };
}

/** Separators allowed between run-together names, trimmed off each piece. */
const SEPARATOR_EDGES = /^[\s,;/&]+|[\s,;/&]+$/gu;

function isStandaloneAnd(raw: string, index: number): boolean {
  return index > 0 && /[\s,;]/u.test(raw[index - 1]) && /^and(?![\p{L}\p{N}])/iu.test(raw.slice(index));
}

/**
 * Builds a matcher from the names (and aliases) a resolver knows; `resolves` is the resolver
 * (e.g. `tryResolveState`) and has the last word on every name.
 */
export function createStateNameMatcher(
  knownNames: Iterable<string>,
  resolves: (name: string) => boolean,
): StateNameMatcher {
  const byCompact = new Map<string, string>();
  for (const name of knownNames) {
    const key = compactName(name);
    if (key !== '' && !byCompact.has(key) && resolves(name)) byCompact.set(key, name);
  }
  const lengths = [...new Set([...byCompact.keys()].map((k) => k.length))].sort((a, b) => b - a);

  const match = (raw: string): string | null => {
    const name = collapse(raw);
    if (name === '') return null;
    // Free text is full of abbreviations ("(AU)", "(IT)"): a bare 2–3 letter code is not a name here.
    if (/^[A-Za-z]{2,3}$/u.test(name)) return byCompact.get(compactName(name)) ?? null;
    if (resolves(name)) return name;
    return byCompact.get(compactName(name)) ?? null;
  };

  const splitRunTogether = (raw: string): string[] | null => {
    const { compact, origin } = compactWithOrigin(raw);
    if (compact === '') return null;
    // Depth-first, longest name first; `failed` memoises positions that cannot be completed.
    const failed = new Set<number>();
    const pieces: string[] = [];
    const from = (pos: number): boolean => {
      if (pos === compact.length) return true;
      if (failed.has(pos)) return false;
      for (const len of lengths) {
        if (pos + len > compact.length) continue;
        if (!byCompact.has(compact.slice(pos, pos + len))) continue;
        const end = pos + len;
        const start = origin[pos];
        const stop = end < compact.length ? origin[end] : raw.length;
        const piece = collapse(raw.slice(start, stop).replace(SEPARATOR_EDGES, ''));
        const name = match(piece);
        if (name === null) continue;
        pieces.push(name);
        if (from(end)) return true;
        pieces.pop();
      }
      // "France and Germany": skip a standalone "and" between two names.
      if (compact.startsWith('and', pos) && isStandaloneAnd(raw, origin[pos]) && from(pos + 3)) return true;
      failed.add(pos);
      return false;
    };
    return from(0) ? [...pieces] : null;
  };

  return { match, splitRunTogether };
}

let domainMatcher: StateNameMatcher | undefined;

/** The matcher over every State name and alias the domain resolver knows (built once). */
export function domainStateNameMatcher(): StateNameMatcher {
  domainMatcher ??= createStateNameMatcher(
    [...STATES.map((s) => s.name), ...Object.keys(STATE_NAME_ALIASES)],
    (name) => tryResolveState(name) !== undefined,
  );
  return domainMatcher;
}
