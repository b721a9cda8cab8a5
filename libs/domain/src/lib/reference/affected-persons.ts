import { vocabularyKey } from './themes';

/** A group of persons a recommendation concerns (UHRI "Affected persons" / "Groups of persons"). */
export interface AffectedPersonGroup {
  /** Stable kebab-case slug; never reuse or rename one. */
  readonly code: string;
  /** Display name, as OHCHR writes it. */
  readonly name: string;
}

/**
 * The "affected persons" vocabulary of the OHCHR Universal Human Rights Index, as printed in the
 * UHRI export and the OHCHR UPR matrices / thematic lists (2014, 2019 and 2025 layouts; the 2025
 * layout calls it "Groups of Persons"). Display names follow the newest wording; older wordings are
 * aliases (AFFECTED_PERSON_ALIASES).
 */
export const AFFECTED_PERSONS: readonly AffectedPersonGroup[] = [
  { code: 'general', name: 'General' },
  { code: 'women', name: 'Women' },
  { code: 'girls', name: 'Girls' },
  { code: 'children', name: 'Children' },
  {
    code: 'children-in-vulnerable-situations',
    name: 'Children in vulnerable situations (abused, living on the street, institutionalized, indigenous, migrant children etc.)',
  },
  { code: 'youth', name: 'Youth & juveniles' },
  { code: 'older-persons', name: 'Older persons' },
  { code: 'persons-with-disabilities', name: 'Persons with disabilities' },
  { code: 'migrants', name: 'Migrants' },
  { code: 'refugees-and-asylum-seekers', name: 'Refugees & asylum seekers' },
  { code: 'internally-displaced-persons', name: 'Internally displaced persons' },
  { code: 'stateless-persons', name: 'Stateless persons' },
  { code: 'non-citizens', name: 'Non-citizens' },
  { code: 'indigenous-peoples', name: 'Indigenous peoples' },
  { code: 'minorities', name: 'Minorities / racial, ethnic, linguistic, religious or descent-based groups' },
  { code: 'roma', name: 'Roma, Gypsies, Sinti & Travellers' },
  { code: 'lgbti', name: 'Lesbian, gay, bisexual, transgender and intersex persons (LGBTI)' },
  { code: 'human-rights-defenders', name: 'Human rights defenders' },
  { code: 'civil-society', name: 'Civil society' },
  { code: 'media', name: 'Media' },
  { code: 'persons-deprived-of-liberty', name: 'Persons deprived of their liberty & detainees' },
  { code: 'disappeared-persons', name: 'Disappeared persons' },
  { code: 'persons-living-in-poverty', name: 'Persons living in poverty' },
  { code: 'persons-living-in-rural-areas', name: 'Persons living in rural areas' },
  { code: 'persons-living-with-hiv-aids', name: 'Persons living with HIV/AIDS' },
  { code: 'persons-affected-by-armed-conflict', name: 'Persons affected by armed conflict' },
  { code: 'judges-lawyers-prosecutors', name: 'Judges, lawyers and prosecutors' },
  { code: 'law-enforcement-officials', name: 'Law enforcement / police & prison officials' },
  { code: 'public-officials', name: 'Public officials' },
  { code: 'educational-staff-and-students', name: 'Educational staff & students' },
  { code: 'medical-staff', name: 'Medical staff / health professionals' },
  { code: 'vulnerable-persons', name: 'Vulnerable persons/groups' },
];

/** Older OHCHR wordings and common short forms. Alias → affected-persons code. */
export const AFFECTED_PERSON_ALIASES: Readonly<Record<string, string>> = {
  // The 2025 lists merge women and girls into one label; it is filed under 'women' (older lists
  // keep 'girls' apart).
  'Women & girls': 'women',
  'Children in vulnerable situations': 'children-in-vulnerable-situations',
  'Children in street situations': 'children-in-vulnerable-situations',
  'Youth': 'youth',
  'Juveniles': 'youth',
  'Elderly': 'older-persons',
  'Migrants & domestic workers': 'migrants',
  'Migrant workers': 'migrants',
  'Domestic workers': 'migrants',
  'Refugees': 'refugees-and-asylum-seekers',
  'Asylum seekers': 'refugees-and-asylum-seekers',
  'IDPs': 'internally-displaced-persons',
  'Stateless': 'stateless-persons',
  'Minorities': 'minorities',
  'Members of minorities': 'minorities',
  'Minorities/ racial, ethnic, linguistic, religious or descent-based groups': 'minorities',
  'Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)': 'lgbti',
  'LGBTI': 'lgbti',
  'LGBTI persons': 'lgbti',
  'Journalists': 'media',
  'Journalists & media workers': 'media',
  'Media workers': 'media',
  'Persons deprived of their liberty': 'persons-deprived-of-liberty',
  'Detainees': 'persons-deprived-of-liberty',
  'Prisoners': 'persons-deprived-of-liberty',
  'Law enforcement / police officials': 'law-enforcement-officials',
  'Police': 'law-enforcement-officials',
  'Prison officials': 'law-enforcement-officials',
  'Health professionals': 'medical-staff',
  'Vulnerable persons': 'vulnerable-persons',
  'Vulnerable groups': 'vulnerable-persons',
};

/** AFFECTED_PERSONS keyed by code. */
export const AFFECTED_PERSONS_BY_CODE: ReadonlyMap<string, AffectedPersonGroup> = new Map(
  AFFECTED_PERSONS.map((p) => [p.code, p]),
);

function buildIndex(): ReadonlyMap<string, AffectedPersonGroup> {
  const index = new Map<string, AffectedPersonGroup>();
  const add = (label: string, code: string): void => {
    const entry = AFFECTED_PERSONS_BY_CODE.get(code);
    if (entry === undefined) throw new Error(`Affected-persons label "${label}" points to unknown code ${code}`);
    const key = vocabularyKey(label);
    const existing = index.get(key);
    if (existing !== undefined && existing.code !== code) {
      throw new Error(`Affected-persons label "${label}" maps to both ${existing.code} and ${code}`);
    }
    index.set(key, entry);
  };
  for (const entry of AFFECTED_PERSONS) {
    add(entry.name, entry.code);
    add(entry.code, entry.code);
  }
  for (const [alias, code] of Object.entries(AFFECTED_PERSON_ALIASES)) add(alias, code);
  return index;
}

const INDEX = buildIndex();

/** Finds an affected-persons entry by name, code or alias ("- " bullets accepted), case-insensitively. */
export function resolveAffectedPerson(raw: string): AffectedPersonGroup | undefined {
  const label = raw.trim().replace(/^[-•]\s*/, '').trim();
  if (label === '') return undefined;
  return INDEX.get(vocabularyKey(label));
}
