import { M49AreaKey, RegionalGroupKey, STATE_ROWS, StateRow } from './states.data';

/**
 * The five UN regional groups (distinct from the M49 geographic regions).
 * GRULAC = Latin American and Caribbean States; WEOG = Western European and other States.
 */
export type RegionalGroup = 'AFRICAN' | 'ASIA_PACIFIC' | 'EASTERN_EUROPEAN' | 'GRULAC' | 'WEOG';

export const REGIONAL_GROUPS: readonly RegionalGroup[] = [
  'AFRICAN',
  'ASIA_PACIFIC',
  'EASTERN_EUROPEAN',
  'GRULAC',
  'WEOG',
];

/** A State that can review, be reviewed or be addressed by a UN human-rights mechanism. */
export interface StateRecord {
  /** ISO 3166-1 alpha-3: the key used everywhere in the product. */
  iso3: string;
  /** ISO 3166-1 alpha-2. */
  iso2: string;
  /** UN M49 numeric code, 3 digits, zero-padded ("004"). */
  m49: string;
  /** UN short name, e.g. "Bolivia (Plurinational State of)". */
  name: string;
  /** One of the 193 UN Member States. */
  unMember: boolean;
  /** Non-member observer State (Holy See, State of Palestine). */
  observer: boolean;
  /**
   * UN regional group. The United States is recorded as WEOG although it only attends WEOG as an
   * observer (it is counted there for electoral purposes). The Holy See has no group (null).
   */
  regionalGroup: RegionalGroup | null;
  /** M49 region, e.g. 'Africa', 'Americas', 'Asia', 'Europe', 'Oceania'. */
  m49Region: string;
  /** M49 sub-region, e.g. 'Sub-Saharan Africa', 'Western Asia'. */
  m49SubRegion: string;
  /** M49 intermediate region where M49 defines one (e.g. 'Eastern Africa', 'Caribbean'). */
  m49IntermediateRegion?: string;
  /** Least developed country (M49 group 199). */
  ldc: boolean;
  /** Landlocked developing country (M49 group 432). */
  lldc: boolean;
  /** Small island developing State (M49 group 722). */
  sids: boolean;
}

interface M49Area {
  readonly region: string;
  readonly subRegion: string;
  readonly intermediateRegion?: string;
}

/** M49 geographic areas used by the States (UNSD M49 overview). */
const M49_AREAS: Readonly<Record<M49AreaKey, M49Area>> = {
  NAF: { region: 'Africa', subRegion: 'Northern Africa' },
  EAF: { region: 'Africa', subRegion: 'Sub-Saharan Africa', intermediateRegion: 'Eastern Africa' },
  MAF: { region: 'Africa', subRegion: 'Sub-Saharan Africa', intermediateRegion: 'Middle Africa' },
  SAF: { region: 'Africa', subRegion: 'Sub-Saharan Africa', intermediateRegion: 'Southern Africa' },
  WAF: { region: 'Africa', subRegion: 'Sub-Saharan Africa', intermediateRegion: 'Western Africa' },
  CAR: { region: 'Americas', subRegion: 'Latin America and the Caribbean', intermediateRegion: 'Caribbean' },
  CAM: {
    region: 'Americas',
    subRegion: 'Latin America and the Caribbean',
    intermediateRegion: 'Central America',
  },
  SAM: {
    region: 'Americas',
    subRegion: 'Latin America and the Caribbean',
    intermediateRegion: 'South America',
  },
  NAM: { region: 'Americas', subRegion: 'Northern America' },
  CAS: { region: 'Asia', subRegion: 'Central Asia' },
  EAS: { region: 'Asia', subRegion: 'Eastern Asia' },
  SEA: { region: 'Asia', subRegion: 'South-eastern Asia' },
  SAS: { region: 'Asia', subRegion: 'Southern Asia' },
  WAS: { region: 'Asia', subRegion: 'Western Asia' },
  EEU: { region: 'Europe', subRegion: 'Eastern Europe' },
  NEU: { region: 'Europe', subRegion: 'Northern Europe' },
  SEU: { region: 'Europe', subRegion: 'Southern Europe' },
  WEU: { region: 'Europe', subRegion: 'Western Europe' },
  ANZ: { region: 'Oceania', subRegion: 'Australia and New Zealand' },
  MEL: { region: 'Oceania', subRegion: 'Melanesia' },
  MIC: { region: 'Oceania', subRegion: 'Micronesia' },
  POL: { region: 'Oceania', subRegion: 'Polynesia' },
};

const GROUP_BY_KEY: Readonly<Record<RegionalGroupKey, RegionalGroup | null>> = {
  AF: 'AFRICAN',
  AP: 'ASIA_PACIFIC',
  EE: 'EASTERN_EUROPEAN',
  LA: 'GRULAC',
  WE: 'WEOG',
  '': null,
};

/** ISO alpha-3 codes of the two non-member observer States. */
export const OBSERVER_STATE_ISO3: readonly string[] = ['VAT', 'PSE'];

function toRecord(row: StateRow): StateRecord {
  const [iso3, iso2, m49, name, groupKey, areaKey, flags] = row;
  const area = M49_AREAS[areaKey];
  const flagSet = new Set(flags.split(' ').filter((f) => f !== ''));
  const observer = OBSERVER_STATE_ISO3.includes(iso3);
  const record: StateRecord = {
    iso3,
    iso2,
    m49,
    name,
    unMember: !observer,
    observer,
    regionalGroup: GROUP_BY_KEY[groupKey],
    m49Region: area.region,
    m49SubRegion: area.subRegion,
    ldc: flagSet.has('LDC'),
    lldc: flagSet.has('LLDC'),
    sids: flagSet.has('SIDS'),
  };
  if (area.intermediateRegion !== undefined) {
    record.m49IntermediateRegion = area.intermediateRegion;
  }
  return Object.freeze(record);
}

/**
 * The 193 UN Member States and the 2 non-member observer States (Holy See, State of Palestine),
 * alphabetical by UN short name. Sources and the dates of the LDC/LLDC/SIDS lists are documented
 * in states.data.ts.
 */
export const STATES: readonly StateRecord[] = Object.freeze(STATE_ROWS.map(toRecord));

/** STATES keyed by ISO alpha-3 (upper case). */
export const STATE_BY_ISO3: ReadonlyMap<string, StateRecord> = new Map(STATES.map((s) => [s.iso3, s]));

/** STATES keyed by ISO alpha-2 (upper case). */
export const STATE_BY_ISO2: ReadonlyMap<string, StateRecord> = new Map(STATES.map((s) => [s.iso2, s]));

/** STATES keyed by M49 code (3 digits, zero-padded). */
export const STATE_BY_M49: ReadonlyMap<string, StateRecord> = new Map(STATES.map((s) => [s.m49, s]));
