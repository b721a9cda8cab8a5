import { BODIES } from '../mechanisms';
import { AFFECTED_PERSONS } from '../reference/affected-persons';
import { SDG_GOALS } from '../reference/sdgs';
import { THEMES } from '../reference/themes';
import { STATES } from '../states/states';
import { cycleOfSession } from '../upr-cycles';

/**
 * Synthetic recommendations in the shape of the OHCHR Universal Human Rights Index "Export to
 * Excel" (as CSV): OHCHR's column names and misspellings, "- "-prefixed multi-value cells, Excel
 * serial dates, stable annotation ids. Deterministic for a seed: the import benchmark writes them
 * to a file (bench/generate.ts) and the demo dataset loads them through the same import parser.
 */

export const UHRI_EXPORT_HEADER = [
  'Text',
  'Countries Concerned',
  'Reccomending Body',
  'UPR Session',
  'Document Symbol',
  'UPR Reccomending States',
  'UPR Position',
  'Themes',
  'Affected Persons',
  'Sdgs',
  'Document Publication Date',
  'OHCHR Annotation Id',
] as const;

/** mulberry32: a small, fast, seedable PRNG (deterministic output for a seed). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['Ratify', 'Adopt', 'Strengthen', 'Ensure', 'Consider', 'Continue', 'Take measures to', 'Establish', 'Review', 'Abolish'];
const OBJECTS = [
  'the Optional Protocol to the Convention against Torture',
  'a national action plan on business and human rights',
  'the independence of the national human rights institution',
  'access to justice for persons with disabilities',
  'measures against gender-based violence',
  'the rights of migrant workers and their families',
  'legislation on freedom of expression online',
  'the protection of human rights defenders',
  'inclusive education for Roma children',
  'the death penalty in law and in practice',
];
const TREATY_BODIES = BODIES.filter((b) => b.kind === 'treaty_body');
const MANDATES = ['Special Rapporteur on torture', 'Special Rapporteur on the right to education', 'Working Group on Arbitrary Detention'];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

function pickSome<T>(random: () => number, items: readonly T[], max: number): T[] {
  const count = Math.floor(random() * (max + 1));
  return [...new Set(Array.from({ length: count }, () => pick(random, items)))];
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const multi = (values: readonly string[]): string => values.map((v) => `- ${v}`).join('\n');

/** The annotation id of row `index`: a UUID-shaped string that never changes for that index. */
export function annotationId(index: number, seed: number): string {
  const hex = (index * 2654435761 + seed).toString(16).padStart(12, '0').slice(-12);
  return `0f8fad5b-d9cb-469f-a165-${hex}`;
}

/**
 * The rows of a synthetic UHRI export: 60 % UPR recommendations (session, recommending States,
 * position), 30 % treaty-body and 10 % special-procedure recommendations; 2 % concern two States.
 */
export function* uhriRows(count: number, seed = 1): Generator<string[]> {
  const random = prng(seed);
  for (let i = 0; i < count; i++) {
    const state = pick(random, STATES);
    const countries = random() < 0.02 ? [state.name, pick(random, STATES).name] : [state.name];
    const kind = random();
    const text = `${pick(random, VERBS)} ${pick(random, OBJECTS)} (synthetic recommendation ${i + 1})`;
    const themes = pickSome(random, THEMES, 3).map((t) => t.name);
    const persons = pickSome(random, AFFECTED_PERSONS, 2).map((p) => p.name);
    const sdgs = pickSome(random, SDG_GOALS, 2).map((g) => `${g.number} - ${g.title}`);
    const date = String(39000 + Math.floor(random() * 7000));
    if (kind < 0.6) {
      const session = 1 + Math.floor(random() * 54);
      const recommending = pickSome(random, STATES, 2).map((s) => s.name);
      if (recommending.length === 0) recommending.push(pick(random, STATES).name);
      yield [
        text,
        multi(countries),
        multi(['UPR']),
        multi([`${ordinal(session)} Session - Cycle ${cycleOfSession(session)}`]),
        `A/HRC/${7 + Math.floor(session / 3)}/${1 + (i % 60)}`,
        multi(recommending),
        multi([random() < 0.7 ? 'Supported' : 'Noted']),
        multi(themes),
        multi(persons),
        multi(sdgs),
        date,
        annotationId(i, seed),
      ];
    } else {
      const body = kind < 0.9 ? pick(random, TREATY_BODIES).name : pick(random, MANDATES);
      yield [text, multi(countries), multi([body]), '', `${state.iso3}/CO/${1 + (i % 5)}`, '', '', multi(themes), multi(persons), multi(sdgs), date, annotationId(i, seed)];
    }
  }
}

/** One CSV line (RFC 4180 quoting) of a synthetic export. */
export function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}
