import { normaliseStateName } from '../states/resolve-state';

/** A human-rights theme used to classify recommendations. */
export interface Theme {
  /** Stable kebab-case slug; never reuse or rename one. */
  readonly code: string;
  /** Display name, as OHCHR writes it (UHRI / UPR thematic lists). */
  readonly name: string;
}

/**
 * Themes of the OHCHR Universal Human Rights Index (UHRI), as used in the UHRI export and in the
 * OHCHR UPR matrices / thematic lists (2014 coded layout, 2019 and 2025 layouts), grouped like the
 * UHRI tree (A framework & cooperation, B cross-cutting, D civil & political, E economic, social &
 * cultural, F women / children / persons with disabilities, G–H other groups). Where OHCHR renamed
 * a theme between layouts, the newest name is the display name and the older names are aliases
 * (THEME_ALIASES).
 *
 * The last block holds UPR Info database issues that have no UHRI equivalent (codes "upr-info-…"),
 * so that every UPR Info issue resolves (see UPR_INFO_ISSUE_THEMES).
 */
export const THEMES: readonly Theme[] = [
  // A. International framework, cooperation and national implementation
  { code: 'scope-of-international-obligations', name: 'Scope of international obligations' },
  { code: 'acceptance-of-international-norms', name: 'Acceptance of international norms' },
  { code: 'ratification-of-international-instruments', name: 'Ratification of & accession to international instruments' },
  { code: 'reservations', name: 'Reservations' },
  {
    code: 'cooperation-with-human-rights-mechanisms',
    name: 'Cooperation with human rights mechanisms & requests for technical assistance',
  },
  { code: 'cooperation-with-treaty-bodies', name: 'Cooperation & follow-up with treaty bodies' },
  { code: 'cooperation-with-special-procedures', name: 'Cooperation with special procedures' },
  { code: 'follow-up-to-upr', name: 'Follow-up to Universal Periodic Review (UPR)' },
  {
    code: 'cooperation-with-other-international-mechanisms',
    name: 'Cooperation with other international mechanisms & institutions',
  },
  {
    code: 'inter-state-cooperation-and-assistance',
    name: 'Inter-State cooperation & development or humanitarian assistance',
  },
  { code: 'unilateral-coercive-measures', name: 'Unilateral coercive measures' },
  { code: 'agenda-2030-and-voluntary-commitments', name: '2030 Agenda & other voluntary commitments' },
  { code: 'constitutional-and-legislative-framework', name: 'Constitutional & legislative framework' },
  { code: 'legal-and-institutional-reform', name: 'Legal & institutional reform' },
  { code: 'nhri', name: 'National Human Rights Institution (NHRI)' },
  {
    code: 'national-human-rights-action-plans',
    name: 'National Human Rights Action Plans (or specific areas) / implementation plans',
  },
  { code: 'nmirf', name: 'National Mechanisms for Implementation, Reporting and Follow-up (NMIRF)' },
  { code: 'good-governance-and-corruption', name: 'Good governance & corruption' },
  { code: 'human-rights-education-and-training', name: 'Human rights education, trainings & awareness raising' },
  { code: 'cooperation-with-civil-society', name: 'Cooperation & consultation with civil society' },
  { code: 'data-collection-and-research', name: 'Data collection & research' },
  { code: 'budget-and-resources', name: 'Budget & resources (for human rights implementation)' },

  // B. Cross-cutting
  {
    code: 'international-criminal-and-humanitarian-law',
    name: 'International criminal & humanitarian law (including crimes against humanity, war crimes, genocide)',
  },
  { code: 'equality-and-non-discrimination', name: 'Equality & non-discrimination' },
  { code: 'racial-discrimination', name: 'Racial discrimination' },
  { code: 'right-to-development', name: 'Right to development' },
  { code: 'right-to-self-determination', name: 'Right to self-determination' },
  { code: 'access-to-justice-and-remedy', name: 'Access to justice & remedy' },
  { code: 'rule-of-law-and-impunity', name: 'Rule of law & impunity' },
  { code: 'support-to-victims-and-witnesses', name: 'Support to victims & witnesses' },
  { code: 'business-and-human-rights', name: 'Business & human rights' },
  { code: 'human-rights-and-environment', name: 'Human rights & the environment' },
  { code: 'human-rights-and-climate-change', name: 'Human rights & climate change' },
  { code: 'human-rights-and-counter-terrorism', name: 'Human rights & counter-terrorism' },
  { code: 'human-rights-and-poverty', name: 'Human rights & poverty' },

  // D. Civil and political rights
  {
    code: 'civil-and-political-rights-general',
    name: 'Civil & political rights - general measures of implementation',
  },
  { code: 'right-to-life', name: 'Right to life' },
  { code: 'extrajudicial-executions', name: 'Extrajudicial, summary or arbitrary executions' },
  { code: 'death-penalty', name: 'Death penalty' },
  { code: 'torture', name: 'Torture and other cruel, inhuman or degrading treatment' },
  { code: 'conditions-of-detention', name: 'Conditions of detention' },
  { code: 'trafficking-and-slavery', name: 'Human trafficking & contemporary forms of slavery' },
  { code: 'sexual-and-gender-based-violence', name: 'Sexual & gender-based violence' },
  { code: 'domestic-violence', name: 'Domestic violence' },
  { code: 'right-to-physical-and-moral-integrity', name: 'Right to physical & moral integrity' },
  { code: 'liberty-and-security-of-the-person', name: 'Liberty & security of the person' },
  { code: 'enforced-disappearances', name: 'Enforced disappearances' },
  { code: 'arbitrary-arrest-and-detention', name: 'Arbitrary arrest & detention' },
  { code: 'freedom-of-movement', name: 'Freedom of movement' },
  { code: 'freedom-of-thought-conscience-religion', name: 'Freedom of thought, conscience & religion' },
  { code: 'freedom-of-opinion-and-expression', name: 'Freedom of opinion and expression & access to information' },
  { code: 'freedom-of-peaceful-assembly', name: 'Freedom of peaceful assembly' },
  { code: 'freedom-of-association', name: 'Freedom of association' },
  { code: 'right-to-privacy', name: 'Right to private life, privacy' },
  { code: 'administration-of-justice-and-fair-trial', name: 'Administration of justice & fair trial' },
  { code: 'name-identity-nationality', name: 'Rights related to name, identity & nationality' },
  { code: 'participation-in-public-affairs', name: 'Right to participate in public affairs & right to vote' },
  { code: 'marriage-and-family', name: 'Rights related to marriage & family' },

  // E. Economic, social and cultural rights
  {
    code: 'economic-social-cultural-rights-general',
    name: 'Economic, social & cultural rights - general measures of implementation',
  },
  { code: 'adequate-standard-of-living', name: 'Right to an adequate standard of living' },
  { code: 'right-to-food', name: 'Right to food' },
  { code: 'right-to-adequate-housing', name: 'Right to adequate housing' },
  { code: 'water-and-sanitation', name: 'Safe drinking water & sanitation' },
  { code: 'right-to-social-security', name: 'Right to social security' },
  { code: 'labour-rights-and-right-to-work', name: 'Labour rights and right to work' },
  { code: 'right-to-health', name: 'Right to health' },
  { code: 'sexual-and-reproductive-health', name: 'Sexual & reproductive health and rights' },
  { code: 'right-to-education', name: 'Right to education' },
  { code: 'cultural-rights', name: 'Cultural rights' },

  // F. Women, children, persons with disabilities
  { code: 'womens-rights', name: "Women's rights" },
  { code: 'advancement-of-women', name: 'Advancement of women' },
  { code: 'discrimination-against-women', name: 'Discrimination against women' },
  { code: 'violence-against-women', name: 'Violence against women' },
  { code: 'participation-of-women', name: 'Participation of women in political & public life' },
  { code: 'girls', name: 'Girls' },
  { code: 'rights-of-the-child', name: 'Rights of the child' },
  { code: 'children-general-principles', name: 'Children: definition; general principles; protection' },
  { code: 'children-family-environment', name: 'Children: family environment & alternative care' },
  { code: 'children-protection-against-exploitation', name: 'Children: protection against exploitation' },
  { code: 'children-juvenile-justice', name: 'Children: juvenile justice' },
  { code: 'children-in-armed-conflict', name: 'Children in armed conflict' },
  { code: 'persons-with-disabilities', name: 'Persons with disabilities' },
  { code: 'disabilities-general-principles', name: 'Persons with disabilities: definition, general principles' },
  { code: 'disabilities-accessibility', name: 'Persons with disabilities: accessibility, mobility' },
  { code: 'disabilities-integrity', name: 'Persons with disabilities: protecting the integrity of the person' },
  {
    code: 'disabilities-protection-against-exploitation',
    name: 'Persons with disabilities: protection against exploitation, violence & abuse',
  },
  {
    code: 'disabilities-situations-of-risk',
    name: 'Persons with disabilities: protection and safety in situations of risk',
  },
  { code: 'disabilities-independence-inclusion', name: 'Persons with disabilities: independence, inclusion' },

  // G–H. Other groups of persons
  { code: 'members-of-minorities', name: 'Members of minorities' },
  { code: 'lgbti', name: 'Lesbian, gay, bisexual, transgender and intersex persons (LGBTI)' },
  { code: 'indigenous-peoples', name: 'Indigenous peoples' },
  { code: 'migrants', name: 'Migrants' },
  { code: 'refugees-and-asylum-seekers', name: 'Refugees & asylum seekers' },
  { code: 'internally-displaced-persons', name: 'Internally displaced persons' },
  { code: 'stateless-persons', name: 'Stateless persons' },
  { code: 'older-persons', name: 'Older persons' },
  { code: 'human-rights-defenders', name: 'Human rights defenders' },
  { code: 'persons-living-with-hiv-aids', name: 'Persons living with HIV/AIDS' },
  { code: 'persons-living-in-rural-areas', name: 'Persons living in rural areas' },

  // UPR Info database issues with no UHRI equivalent.
  { code: 'upr-info-general', name: 'General (UPR Info)' },
  { code: 'upr-info-other', name: 'Other (UPR Info)' },
  { code: 'upr-info-freedom-of-association-and-assembly', name: 'Freedom of association and peaceful assembly' },
  { code: 'upr-info-freedom-of-the-press', name: 'Freedom of the press' },
  { code: 'upr-info-violations-by-state-agents', name: 'Human rights violations by state agents' },
  { code: 'upr-info-public-security', name: 'Public security' },
  { code: 'upr-info-right-to-land', name: 'Right to land' },
];

/**
 * Other names of the themes above: earlier OHCHR wordings (2014 coded matrices, 2019 thematic
 * lists), UHRI sub-themes folded into a broader theme, and common short forms. Alias → theme code.
 */
export const THEME_ALIASES: Readonly<Record<string, string>> = {
  'Cooperation with treaty bodies': 'cooperation-with-treaty-bodies',
  'Cooperation & Follow up with Treaty Bodies': 'cooperation-with-treaty-bodies',
  'Treaty bodies': 'cooperation-with-treaty-bodies',
  'Cooperation & follow-up with special procedures': 'cooperation-with-special-procedures',
  'Special procedures': 'cooperation-with-special-procedures',
  'Cooperation with the Universal Periodic Review': 'follow-up-to-upr',
  'UPR process': 'follow-up-to-upr',
  'Inter-State cooperation & development assistance': 'inter-state-cooperation-and-assistance',
  'Technical assistance and cooperation': 'cooperation-with-human-rights-mechanisms',
  'Ratification of international instruments': 'ratification-of-international-instruments',
  'International instruments': 'ratification-of-international-instruments',
  'Constitutional and legislative framework': 'constitutional-and-legislative-framework',
  'Legal, institutional & policy framework': 'legal-and-institutional-reform',
  'Institutions & policies - General': 'legal-and-institutional-reform',
  'Institutions & policies': 'legal-and-institutional-reform',
  'NHRI': 'nhri',
  'National Human Rights Institution': 'nhri',
  'National Plans of Action on Human Rights (or specific areas)': 'national-human-rights-action-plans',
  'National plan of action': 'national-human-rights-action-plans',
  'NMIRF': 'nmirf',
  'Good governance': 'good-governance-and-corruption',
  'Corruption': 'good-governance-and-corruption',
  'Human rights education - general': 'human-rights-education-and-training',
  'Professional training in human rights': 'human-rights-education-and-training',
  'Awareness raising and dissemination': 'human-rights-education-and-training',
  'Human rights education and training': 'human-rights-education-and-training',
  'Cooperation with civil society': 'cooperation-with-civil-society',
  'Cooperation and meaningful consultation with civil society & participation': 'cooperation-with-civil-society',
  'Civil society': 'cooperation-with-civil-society',
  'Statistics, indicators & disaggregated data': 'data-collection-and-research',
  'Statistics and indicators': 'data-collection-and-research',
  // 2014 matrix parent heading "A6 Context, statistics, budget, civil society": its sub-themes are
  // split over three UHRI themes; the heading itself is filed under data collection.
  'Context, statistics, budget, civil society': 'data-collection-and-research',
  'International humanitarian law': 'international-criminal-and-humanitarian-law',
  'International criminal & humanitarian law': 'international-criminal-and-humanitarian-law',
  'Development': 'right-to-development',
  'Right to an effective remedy': 'access-to-justice-and-remedy',
  'Right to effective remedy & reparations': 'access-to-justice-and-remedy',
  'Impunity & transparency': 'rule-of-law-and-impunity',
  'Impunity': 'rule-of-law-and-impunity',
  'Environment': 'human-rights-and-environment',
  'Counter-terrorism': 'human-rights-and-counter-terrorism',
  'Poverty': 'human-rights-and-poverty',
  'CP rights - general': 'civil-and-political-rights-general',
  'Extrajudicial executions': 'extrajudicial-executions',
  'Prohibition of torture & cruel, inhuman or degrading treatment': 'torture',
  'Torture and other CID treatment': 'torture',
  'Torture': 'torture',
  'Detention': 'conditions-of-detention',
  'Prohibition of slavery, trafficking': 'trafficking-and-slavery',
  'Trafficking': 'trafficking-and-slavery',
  'Sexual & other forms of gender-based violence': 'sexual-and-gender-based-violence',
  'Gender-based violence': 'sexual-and-gender-based-violence',
  'Liberty and security - general': 'liberty-and-security-of-the-person',
  'Enforced disappearances': 'enforced-disappearances',
  'Freedom of religion and belief': 'freedom-of-thought-conscience-religion',
  'Freedom of opinion and expression': 'freedom-of-opinion-and-expression',
  'Freedom of opinion & expression & right to information': 'freedom-of-opinion-and-expression',
  'Right to peaceful assembly': 'freedom-of-peaceful-assembly',
  'Justice': 'administration-of-justice-and-fair-trial',
  'Rights related to name, identity, nationality': 'name-identity-nationality',
  'Right to participation in public affairs and right to vote': 'participation-in-public-affairs',
  'Elections': 'participation-in-public-affairs',
  'ESC rights - general': 'economic-social-cultural-rights-general',
  'Right to an adequate standard of living - general': 'adequate-standard-of-living',
  'Right to housing': 'right-to-adequate-housing',
  'Human Rights & drinking water & sanitation': 'water-and-sanitation',
  'Right to water': 'water-and-sanitation',
  'Right to work': 'labour-rights-and-right-to-work',
  'Right to just and favourable conditions of work': 'labour-rights-and-right-to-work',
  'Right to work and to just & favorable conditions of work & labour rights': 'labour-rights-and-right-to-work',
  'Labour': 'labour-rights-and-right-to-work',
  'Right to health - General': 'right-to-health',
  'Health awareness raising, access to information': 'right-to-health',
  'Access to sexual & reproductive health & services': 'sexual-and-reproductive-health',
  'Right to education - General': 'right-to-education',
  'Technical and vocational education': 'right-to-education',
  'Children: definition': 'children-general-principles',
  'Children: family environment and alternative care': 'children-family-environment',
  'Disabilities': 'persons-with-disabilities',
  'Minorities': 'members-of-minorities',
  'Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)': 'lgbti',
  'Sexual Orientation and Gender Identity': 'lgbti',
  'LGBTI': 'lgbti',
  'Asylum-seekers - refugees': 'refugees-and-asylum-seekers',
  'HIV - Aids': 'persons-living-with-hiv-aids',
  'General': 'upr-info-general',
  'Other': 'upr-info-other',
};

/**
 * Every value of the UPR Info database "Issue" column (54 distinct values, comma-separated in
 * the cell) → theme code. Issues with a UHRI equivalent map to it; the others map to the
 * "upr-info-…" themes.
 */
export const UPR_INFO_ISSUE_THEMES: Readonly<Record<string, string>> = {
  'Asylum-seekers - refugees': 'refugees-and-asylum-seekers',
  'CP rights - general': 'civil-and-political-rights-general',
  'Civil society': 'cooperation-with-civil-society',
  'Corruption': 'good-governance-and-corruption',
  'Counter-terrorism': 'human-rights-and-counter-terrorism',
  'Death penalty': 'death-penalty',
  'Detention': 'conditions-of-detention',
  'Development': 'right-to-development',
  'Disabilities': 'persons-with-disabilities',
  'ESC rights - general': 'economic-social-cultural-rights-general',
  'Elections': 'participation-in-public-affairs',
  'Enforced disappearances': 'enforced-disappearances',
  'Environment': 'human-rights-and-environment',
  'Extrajudicial executions': 'extrajudicial-executions',
  'Freedom of association and peaceful assembly': 'upr-info-freedom-of-association-and-assembly',
  'Freedom of movement': 'freedom-of-movement',
  'Freedom of opinion and expression': 'freedom-of-opinion-and-expression',
  'Freedom of religion and belief': 'freedom-of-thought-conscience-religion',
  'Freedom of the press': 'upr-info-freedom-of-the-press',
  'General': 'upr-info-general',
  'HIV - Aids': 'persons-living-with-hiv-aids',
  'Human rights defenders': 'human-rights-defenders',
  'Human rights education and training': 'human-rights-education-and-training',
  'Human rights violations by state agents': 'upr-info-violations-by-state-agents',
  'Impunity': 'rule-of-law-and-impunity',
  'Indigenous peoples': 'indigenous-peoples',
  'Internally displaced persons': 'internally-displaced-persons',
  'International humanitarian law': 'international-criminal-and-humanitarian-law',
  'International instruments': 'ratification-of-international-instruments',
  'Justice': 'administration-of-justice-and-fair-trial',
  'Labour': 'labour-rights-and-right-to-work',
  'Migrants': 'migrants',
  'Minorities': 'members-of-minorities',
  'NHRI': 'nhri',
  'National plan of action': 'national-human-rights-action-plans',
  'Other': 'upr-info-other',
  'Poverty': 'human-rights-and-poverty',
  'Public security': 'upr-info-public-security',
  'Racial discrimination': 'racial-discrimination',
  'Right to education': 'right-to-education',
  'Right to food': 'right-to-food',
  'Right to health': 'right-to-health',
  'Right to housing': 'right-to-adequate-housing',
  'Right to land': 'upr-info-right-to-land',
  'Right to water': 'water-and-sanitation',
  'Rights of the Child': 'rights-of-the-child',
  'Sexual Orientation and Gender Identity': 'lgbti',
  'Special procedures': 'cooperation-with-special-procedures',
  'Technical assistance and cooperation': 'cooperation-with-human-rights-mechanisms',
  'Torture and other CID treatment': 'torture',
  'Trafficking': 'trafficking-and-slavery',
  'Treaty bodies': 'cooperation-with-treaty-bodies',
  'UPR process': 'follow-up-to-upr',
  "Women's rights": 'womens-rights',
};

/**
 * The coded themes of the 2014 OHCHR UPR matrix layout, code → name as printed. Only the codes that
 * occur in the China 2013 (UPR 17) matrix are listed: the full 2014 code list is not reproduced
 * here because it could not be checked against a source.
 */
export const OHCHR_MATRIX_THEME_CODES: Readonly<Record<string, string>> = {
  A12: 'Acceptance of international norms',
  A22: 'Cooperation with treaty bodies',
  A24: 'Cooperation with special procedures',
  A27: 'Follow-up to Universal Periodic Review (UPR)',
  A28: 'Cooperation with other international mechanisms and institutions',
  A3: 'Inter-State cooperation & development assistance',
  A41: 'Constitutional and legislative framework',
  A42: 'Institutions & policies - General',
  A45: 'National Human Rights Institution (NHRI)',
  A46: 'National Plans of Action on Human Rights (or specific areas)',
  A47: 'Good governance',
  A5: 'Human rights education, trainings and awareness raising',
  A51: 'Human rights education - general',
  A53: 'Professional training in human rights',
  A54: 'Awareness raising and dissemination',
  A6: 'Context, statistics, budget, civil society',
  A61: 'Cooperation with civil society',
  A62: 'Statistics and indicators',
  A63: 'Budget and resources (for human rights implementation)',
  B11: 'International humanitarian law',
  B31: 'Equality & non-discrimination',
  B32: 'Racial discrimination',
  B41: 'Right to development',
  B51: 'Right to an effective remedy',
  B53: 'Support to victims and witnesses',
  B71: 'Human rights and the environment',
  B8: 'Human rights & counter-terrorism',
  D1: 'Civil & political rights - general measures of implementation',
  D21: 'Right to life',
  D23: 'Death penalty',
  D25: 'Prohibition of torture and cruel, inhuman or degrading treatment',
  D26: 'Conditions of detention',
  D27: 'Prohibition of slavery, trafficking',
  D29: 'Domestic violence',
  D32: 'Enforced disappearances',
  D33: 'Arbitrary arrest and detention',
  D41: 'Freedom of movement',
  D42: 'Freedom of thought, conscience and religion',
  D43: 'Freedom of opinion and expression',
  D44: 'Right to peaceful assembly',
  D45: 'Freedom of association',
  D46: 'Right to private life, privacy',
  D51: 'Administration of justice & fair trial',
  D6: 'Rights related to name, identity, nationality',
  D7: 'Right to participation in public affairs and right to vote',
  D8: 'Rights related to marriage & family',
  E1: 'Economic, social & cultural rights - general measures of implementation',
  E21: 'Right to an adequate standard of living - general',
  E23: 'Right to adequate housing',
  E24: 'Right to social security',
  E25: 'Human rights & poverty',
  E26: 'Human Rights & drinking water and sanitation',
  E31: 'Right to work',
  E32: 'Right to just and favourable conditions of work',
  E41: 'Right to health - General',
  E44: 'Health awareness raising, access to information',
  E51: 'Right to education - General',
  E54: 'technical and vocational education',
  E7: 'Cultural rights',
  F11: 'Advancement of women',
  F12: 'Discrimination against women',
  F13: 'Violence against women',
  F14: 'Participation of women in political and public life',
  F19: 'Girls',
  F31: 'Children: definition',
  F32: 'Children: family environment and alternative care',
  F33: 'Children: protection against exploitation',
  F34: 'Children: Juvenile justice',
  F4: 'Persons with disabilities',
  F41: 'Persons with disabilities: definition, general principles',
  F45: 'Persons with disabilities: independence, inclusion',
  G1: 'Members of minorities',
  G2: 'Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)',
  G4: 'Migrants',
  G5: 'Refugees & asylum seekers',
  G9: 'Older persons',
  H1: 'Human rights defenders',
  H3: 'Persons living with HIV/AIDS',
  H4: 'Persons living in rural areas',
};

/** THEMES keyed by code. */
export const THEME_BY_CODE: ReadonlyMap<string, Theme> = new Map(THEMES.map((t) => [t.code, t]));

const IGNORED_WORDS = new Set(['and', 'the']);

/**
 * Comparison key for vocabulary labels: case, accents, punctuation, "&"/"and" and "the" ignored,
 * so "Rights related to name, identity, nationality" matches "… name, identity & nationality".
 */
export function vocabularyKey(raw: string): string {
  return normaliseStateName(raw)
    .split(' ')
    .filter((w) => w !== '' && !IGNORED_WORDS.has(w))
    .join(' ');
}

function buildThemeIndex(): ReadonlyMap<string, Theme> {
  const index = new Map<string, Theme>();
  const add = (label: string, code: string): void => {
    const theme = THEME_BY_CODE.get(code);
    if (theme === undefined) throw new Error(`Theme label "${label}" points to unknown code ${code}`);
    const key = vocabularyKey(label);
    const existing = index.get(key);
    if (existing !== undefined && existing.code !== code) {
      throw new Error(`Theme label "${label}" maps to both ${existing.code} and ${code}`);
    }
    index.set(key, theme);
  };
  for (const theme of THEMES) {
    add(theme.name, theme.code);
    add(theme.code, theme.code);
  }
  for (const [alias, code] of Object.entries(THEME_ALIASES)) add(alias, code);
  for (const [issue, code] of Object.entries(UPR_INFO_ISSUE_THEMES)) add(issue, code);
  return index;
}

const THEME_INDEX = buildThemeIndex();

const MATRIX_CODE = /^([A-H]\d{1,2})(?:\s+(.*))?$/;

/**
 * Finds the theme for a label: a theme name or code, an alias, a UPR Info issue, a 2014 matrix
 * code ("A12") or coded label ("A12 Acceptance of international norms"), a "Theme: …" header or a
 * "- …" bullet, case-insensitively. Undefined when unknown.
 */
export function resolveTheme(raw: string): Theme | undefined {
  let label = raw.trim().replace(/^[-•]\s*/, '').replace(/^theme\s*:\s*/i, '').trim();
  const coded = MATRIX_CODE.exec(label);
  if (coded) {
    const printed: string | undefined = OHCHR_MATRIX_THEME_CODES[coded[1]];
    label = coded[2] !== undefined && coded[2].trim() !== '' ? coded[2] : (printed ?? label);
  }
  if (label === '') return undefined;
  return THEME_INDEX.get(vocabularyKey(label));
}
