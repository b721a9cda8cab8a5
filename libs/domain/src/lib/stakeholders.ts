/** Kinds of organisation that take part in follow-up (lead, partner or monitor). */
export const STAKEHOLDER_KINDS = [
  'government_institution',
  'parliament',
  'judiciary',
  'nhri',
  'ngo',
  'un_entity',
  'regional_organisation',
  'donor',
  'academia',
  'business',
  'trade_union',
] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];

export const STAKEHOLDER_KIND_LABELS: Readonly<Record<StakeholderKind, string>> = {
  government_institution: 'Government institution',
  parliament: 'Parliament',
  judiciary: 'Judiciary',
  nhri: 'National human rights institution',
  ngo: 'Non-governmental organisation',
  un_entity: 'UN entity',
  regional_organisation: 'Regional organisation',
  donor: 'Donor',
  academia: 'Academia',
  business: 'Business',
  trade_union: 'Trade union',
};

/** The part a stakeholder plays in following up a recommendation. */
export const STAKEHOLDER_ROLES = ['lead', 'partner', 'monitor'] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];

export function isStakeholderKind(value: string): value is StakeholderKind {
  return (STAKEHOLDER_KINDS as readonly string[]).includes(value);
}
