import { STATES, STATE_BY_ISO2, STATE_BY_ISO3, StateRecord } from './states';

/**
 * Thrown when a State name or code cannot be resolved. Import code must surface it (never drop the
 * row silently): an unknown name is either a missing alias or not a State at all (for instance the
 * UPR Info statement marker "&#40;Unknown&#41;").
 */
export class UnknownStateError extends Error {
  readonly input: string;

  constructor(input: string) {
    super(`Unknown State name or code: "${input}"`);
    this.name = 'UnknownStateError';
    this.input = input;
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  apos: "'",
  quot: '"',
  lt: '<',
  gt: '>',
  nbsp: ' ',
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  ndash: '-',
  mdash: '-',
};

/** Decodes numeric (&#40; &#x28;) and the common named HTML entities; leaves unknown ones as they are. */
function decodeHtmlEntities(text: string): string {
  // Twice, for double-encoded input such as "&amp;#40;".
  let out = text;
  for (let pass = 0; pass < 2; pass++) {
    out = out.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
      const lower = body.toLowerCase();
      if (lower.startsWith('#x')) return safeFromCodePoint(parseInt(lower.slice(2), 16), whole);
      if (lower.startsWith('#')) return safeFromCodePoint(parseInt(lower.slice(1), 10), whole);
      return NAMED_ENTITIES[lower] ?? accentedLetterEntity(body) ?? whole;
    });
  }
  return out;
}

/** "&ocirc;", "&Eacute;", "&uuml;"…: the base letter (accents are dropped by normalisation anyway). */
function accentedLetterEntity(body: string): string | undefined {
  if (body === 'aelig' || body === 'AElig') return body === 'aelig' ? 'ae' : 'AE';
  if (body === 'szlig') return 'ss';
  const match = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring|slash|caron)$/i.exec(body);
  return match ? match[1] : undefined;
}

function safeFromCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Letters that NFKD does not decompose into ASCII. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};

/**
 * Normalises a State name for comparison: decodes HTML entities, lower-cases, strips accents,
 * drops apostrophes (so "Côte d’Ivoire", "Cote d'Ivoire" and the slug "cote-divoire" agree),
 * turns "&" and "+" into "and", every other punctuation mark into a space, and collapses spaces.
 *
 * normaliseStateName("Côte d&#39;Ivoire") === "cote divoire"
 * normaliseStateName("St Vincent & the Grenadines") === "st vincent and the grenadines"
 */
export function normaliseStateName(raw: string): string {
  return decodeHtmlEntities(raw)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øæœßðþłđı]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/['\u2018\u2019\u02bc\u02bb`\u00b4]/g, '')
    .replace(/[&+]/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Abbreviated words used in State names, expanded before lookup. */
const WORD_EXPANSIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  rep: 'republic',
  dem: 'democratic',
  fed: 'federated',
};

/** Words that never distinguish two States ("the Gambia", "Bosnia Herzegovina", "Congo, Rep. of"). */
const NOISE_WORDS = new Set(['the', 'and', 'of']);

/** The lookup key: normalised name, abbreviations expanded, noise words dropped. */
function lookupKey(raw: string): string {
  return normaliseStateName(raw)
    .split(' ')
    .map((w) => WORD_EXPANSIONS[w] ?? w)
    .filter((w) => w !== '' && !NOISE_WORDS.has(w))
    .join(' ');
}

/** Same key with every space removed: catches words broken by PDF/Word conversion ("Sierra Le one"). */
function compactKey(raw: string): string {
  return lookupKey(raw).replace(/ /g, '');
}

/**
 * Every spelling of a State name known to the product, beyond each State's UN short name
 * (always accepted) and its ISO codes. Alias → ISO alpha-3.
 *
 * Sources: UPR Info database exports (short forms such as "DPR Korea", "Macedonia FYR",
 * "St Vincent & the Grenadines"), UPR Info sessions / years tables, the treaty-ratification
 * tables (ISO-style "Congo, The Democratic Republic Of The"; "Ivory Coast"; "East Timor"),
 * OHCHR matrices and thematic lists (long and rotated forms such as "Bolivarian Republic of
 * Venezuela"), and common English names and former names.
 * Comparison goes through lookupKey(), so case, accents, punctuation, "&"/"and", "St"/"Saint",
 * "the" and apostrophes never need separate entries.
 */
export const STATE_NAME_ALIASES: Readonly<Record<string, string>> = {
  // Africa
  'Cape Verde': 'CPV',
  'Republic of Cabo Verde': 'CPV',
  'Ivory Coast': 'CIV',
  "Cote d'Ivoire": 'CIV',
  "Republic of Côte d'Ivoire": 'CIV',
  'Republic of Congo': 'COG',
  'Congo Republic': 'COG',
  'Congo-Brazzaville': 'COG',
  'Congo (Brazzaville)': 'COG',
  'Congo, Republic of the': 'COG',
  'Democratic Republic of Congo': 'COD',
  'DR Congo': 'COD',
  'DRC': 'COD',
  'Congo-Kinshasa': 'COD',
  'Congo (Kinshasa)': 'COD',
  'Congo (Democratic Republic of the)': 'COD',
  'Congo, The Democratic Republic Of The': 'COD',
  'Congo, Dem. Rep.': 'COD',
  'Zaire': 'COD',
  'Swaziland': 'SWZ',
  'Kingdom of Eswatini': 'SWZ',
  'Gambia (Republic of The)': 'GMB',
  'Tanzania': 'TZA',
  'Tanzania, United Republic Of': 'TZA',
  'Libyan Arab Jamahiriya': 'LBY',
  'Sao Tome': 'STP',
  'Guinea Bissau': 'GNB',
  'Egypt, Arab Rep.': 'EGY',
  'Arab Republic of Egypt': 'EGY',
  // Americas
  'Bolivia': 'BOL',
  'Plurinational State of Bolivia': 'BOL',
  'Bolivia, Plurinational State of': 'BOL',
  'Venezuela': 'VEN',
  'Bolivarian Republic of Venezuela': 'VEN',
  'Venezuela, Bolivarian Republic of': 'VEN',
  'United States': 'USA',
  'US': 'USA',
  'U.S.': 'USA',
  'U.S.A.': 'USA',
  'United States of America (the)': 'USA',
  'Saint Kitts': 'KNA',
  'Saint Christopher and Nevis': 'KNA',
  'Saint Vincent': 'VCT',
  'Saint Vincent and Grenadines': 'VCT',
  'Antigua': 'ATG',
  'Trinidad': 'TTO',
  'Bahamas (the)': 'BHS',
  // Asia-Pacific
  'DPR Korea': 'PRK',
  'DPRK': 'PRK',
  'North Korea': 'PRK',
  'Korea, Democratic People\'s Republic of': 'PRK',
  'Korea (Democratic People\'s Republic of)': 'PRK',
  'Korea, Dem. People\'s Rep.': 'PRK',
  'South Korea': 'KOR',
  'Korea, Republic of': 'KOR',
  'Korea (Republic of)': 'KOR',
  'Korea, Rep.': 'KOR',
  'Laos': 'LAO',
  'Lao PDR': 'LAO',
  'Lao': 'LAO',
  'Syria': 'SYR',
  'Iran': 'IRN',
  'Islamic Republic of Iran': 'IRN',
  'Iran, Islamic Republic of': 'IRN',
  'Iran, Islamic Rep.': 'IRN',
  'Vietnam': 'VNM',
  'Viet-Nam': 'VNM',
  'Socialist Republic of Viet Nam': 'VNM',
  'Brunei': 'BRN',
  'Burma': 'MMR',
  'East Timor': 'TLS',
  'Timor Leste': 'TLS',
  'Micronesia': 'FSM',
  'Federated States of Micronesia': 'FSM',
  'Micronesia, Federated States Of': 'FSM',
  'Micronesia, Fed. Sts.': 'FSM',
  'Kyrgyz Republic': 'KGZ',
  'UAE': 'ARE',
  'Palestine': 'PSE',
  'Palestine, State of': 'PSE',
  'Turkey': 'TUR',
  'Turkiye': 'TUR',
  'Republic of Türkiye': 'TUR',
  // Europe
  'Czech Republic': 'CZE',
  'Macedonia FYR': 'MKD',
  'FYR Macedonia': 'MKD',
  'FYROM': 'MKD',
  'Macedonia': 'MKD',
  'The Former Yugoslav Republic of Macedonia': 'MKD',
  'Macedonia (the former Yugoslav Republic of)': 'MKD',
  'Republic of North Macedonia': 'MKD',
  'Moldova': 'MDA',
  'Moldova, Republic Of': 'MDA',
  'Moldova (Republic of)': 'MDA',
  'Russia': 'RUS',
  'Slovak Republic': 'SVK',
  'United Kingdom': 'GBR',
  'UK': 'GBR',
  'U.K.': 'GBR',
  'Great Britain': 'GBR',
  'Britain': 'GBR',
  'Netherlands': 'NLD',
  'Kingdom of the Netherlands': 'NLD',
  'The Netherlands': 'NLD',
  'Holy See (Vatican City State)': 'VAT',
  'Vatican': 'VAT',
  'Vatican City': 'VAT',
  'Vatican City State': 'VAT',
  'Bosnia': 'BIH',
};

/**
 * Former ISO 3166-1 codes still found in data sets (the treaty-ratification tables use "TP" for
 * Timor-Leste). Only codes that map to exactly one current State.
 */
export const LEGACY_STATE_CODES: Readonly<Record<string, string>> = {
  TP: 'TLS', // East Timor, alpha-2 until 2002
  TMP: 'TLS',
  ZR: 'COD', // Zaire, until 1997
  ZAR: 'COD',
  BU: 'MMR', // Burma, until 1989
  BUR: 'MMR',
  ROM: 'ROU', // Romania alpha-3 until 2002
};

interface NameIndex {
  readonly byKey: ReadonlyMap<string, StateRecord>;
  readonly byCompactKey: ReadonlyMap<string, StateRecord>;
}

function addName(
  byKey: Map<string, StateRecord>,
  byCompactKey: Map<string, StateRecord>,
  name: string,
  state: StateRecord,
): void {
  const key = lookupKey(name);
  const existing = byKey.get(key);
  if (existing !== undefined && existing.iso3 !== state.iso3) {
    throw new Error(`State alias "${name}" maps to both ${existing.iso3} and ${state.iso3}`);
  }
  byKey.set(key, state);
  const compact = compactKey(name);
  const existingCompact = byCompactKey.get(compact);
  if (existingCompact !== undefined && existingCompact.iso3 !== state.iso3) {
    throw new Error(`State alias "${name}" collides with ${existingCompact.iso3} once spaces are removed`);
  }
  byCompactKey.set(compact, state);
}

function buildIndex(): NameIndex {
  const byKey = new Map<string, StateRecord>();
  const byCompactKey = new Map<string, StateRecord>();
  for (const state of STATES) addName(byKey, byCompactKey, state.name, state);
  for (const [alias, iso3] of Object.entries(STATE_NAME_ALIASES)) {
    const state = STATE_BY_ISO3.get(iso3);
    if (state === undefined) throw new Error(`State alias "${alias}" points to unknown ISO3 ${iso3}`);
    addName(byKey, byCompactKey, alias, state);
  }
  return { byKey, byCompactKey };
}

const INDEX: NameIndex = buildIndex();

function resolveCode(trimmed: string): StateRecord | undefined {
  if (!/^[A-Za-z]{2,3}$/.test(trimmed)) return undefined;
  const upper = trimmed.toUpperCase();
  const direct = upper.length === 2 ? STATE_BY_ISO2.get(upper) : STATE_BY_ISO3.get(upper);
  if (direct !== undefined) return direct;
  const legacy = LEGACY_STATE_CODES[upper];
  return legacy === undefined ? undefined : STATE_BY_ISO3.get(legacy);
}

/** "Korea, Republic of" → "Republic of Korea"; "Iran (Islamic Republic of)" → "Islamic Republic of Iran". */
function rotations(text: string): string[] {
  const out: string[] = [];
  const comma = /^([^,()]+),\s*([^,()]+)$/.exec(text);
  if (comma) out.push(`${comma[2]} ${comma[1]}`);
  const paren = /^([^()]+)\(([^()]+)\)$/.exec(text);
  if (paren) out.push(`${paren[2]} ${paren[1]}`);
  return out;
}

/**
 * Resolves a State name (any known spelling, case- and accent-insensitive) or an ISO alpha-2 /
 * alpha-3 code; undefined when it is not a known State.
 */
export function tryResolveState(raw: string): StateRecord | undefined {
  const trimmed = decodeHtmlEntities(raw).trim();
  if (trimmed === '') return undefined;
  const byCode = resolveCode(trimmed);
  if (byCode !== undefined) return byCode;
  const candidates = [trimmed, ...rotations(trimmed)];
  for (const candidate of candidates) {
    const found = INDEX.byKey.get(lookupKey(candidate));
    if (found !== undefined) return found;
  }
  for (const candidate of candidates) {
    const compact = compactKey(candidate);
    if (compact === '') continue;
    const found = INDEX.byCompactKey.get(compact);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Like tryResolveState, but throws UnknownStateError (whose message names the input) instead of
 * returning undefined.
 */
export function resolveState(raw: string): StateRecord {
  const state = tryResolveState(raw);
  if (state === undefined) throw new UnknownStateError(raw);
  return state;
}
