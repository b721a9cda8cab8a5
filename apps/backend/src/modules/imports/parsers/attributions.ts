import type { StateNameMatcher } from './state-names';

/** A recommendation text split from the recommending States named in its parentheses. */
export interface AttributedText {
  text: string;
  /** Recommending States in order of appearance, deduplicated; raw (or repaired) names. */
  states: string[];
}

interface Group {
  start: number;
  end: number;
  content: string;
}

/** Top-level balanced parenthesised groups; nested ones stay inside ("Venezuela (Bolivarian …)"). */
function topLevelGroups(text: string): Group[] {
  const groups: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i + 1, content: text.slice(start + 1, i) });
    }
  }
  return groups;
}

/**
 * The State names in an attribution: one name ("Venezuela (Bolivarian Republic of)"), or several
 * separated by commas, semicolons or "and" ("France, Germany", "Chile; Peru"); null if any part is
 * not a State name.
 */
export function splitStateList(content: string, matcher: StateNameMatcher): string[] | null {
  const whole = matcher.match(content);
  if (whole !== null) return [whole];
  return matcher.splitRunTogether(content);
}

const ENDS_SEGMENT = /^\s*(?:[;.]|$)/u;
const TRAILING_PUNCTUATION = /[\s;]+$/u;

interface Attribution {
  start: number;
  end: number;
  states: string[];
}

/**
 * Finds the attributions of an OHCHR recommendation: parenthesised State lists that end a
 * recommendation, followed by ";" or "." or the end of the text, possibly several in a row
 * ("(France) (Lithuania);"). Parentheses that are not State names ("(No. 29)", "(NHRAP)") stay in
 * the text. A final group at the very end of the text counts even when it names no known State,
 * so that `normalise` reports the unknown name instead of silently losing it.
 */
function findAttributions(
  text: string,
  groups: readonly Group[],
  matcher: StateNameMatcher,
  unknownFinalGroupIsState: boolean,
): Attribution[] {
  const found: Attribution[] = [];
  let i = 0;
  while (i < groups.length) {
    // A chain: groups separated by whitespace only.
    let j = i;
    while (j + 1 < groups.length && text.slice(groups[j].end, groups[j + 1].start).trim() === '') j++;
    const chain = groups.slice(i, j + 1);
    const last = chain[chain.length - 1];
    const rest = text.slice(last.end);
    if (ENDS_SEGMENT.test(rest)) {
      // The longest suffix of the chain made of State lists.
      const states: string[][] = [];
      let k = chain.length - 1;
      for (; k >= 0; k--) {
        const names = splitStateList(chain[k].content, matcher);
        if (names === null) break;
        states.unshift(names);
      }
      if (states.length > 0) {
        found.push({ start: chain[k + 1].start, end: last.end, states: states.flat() });
      } else if (unknownFinalGroupIsState && j === groups.length - 1 && rest.replace(/[\s;.]/gu, '') === '' && last.content.trim() !== '') {
        found.push({ start: last.start, end: last.end, states: [last.content.replace(/\s+/gu, ' ').trim()] });
      }
    }
    i = j + 1;
  }
  return found;
}

/**
 * Splits "Ratify the ICCPR (France, Germany);" into the text and its recommending States. When a
 * row clusters several recommendations ("Ratify ICCPR (Brazil); Speed up … (Bulgaria);"), the text
 * is kept whole, with its inline attributions, and the States are the union.
 * `unknownFinalGroupIsState: false` (layouts with a separate States column) leaves a final group
 * that names no known State in the text.
 */
export function extractAttributions(
  raw: string,
  matcher: StateNameMatcher,
  options: { unknownFinalGroupIsState: boolean } = { unknownFinalGroupIsState: true },
): AttributedText {
  const text = raw.trim();
  const attributions = findAttributions(text, topLevelGroups(text), matcher, options.unknownFinalGroupIsState);
  const states = [...new Set(attributions.flatMap((a) => a.states))];
  if (attributions.length === 1) {
    const only = attributions[0];
    const tail = text.slice(only.end).replace(/[\s;.]/gu, '');
    if (tail === '') return { text: text.slice(0, only.start).trim(), states };
  }
  return { text: text.replace(TRAILING_PUNCTUATION, ''), states };
}
