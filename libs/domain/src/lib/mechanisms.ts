/**
 * Mechanisms that issue recommendations, and the bodies within them.
 *
 * Sources: shared/notes/domain.md; OHCHR treaty-body pages (see the follow-up
 * comments on each body below). Pure data and functions, no I/O.
 */

export const MECHANISM_KINDS = [
  'upr',
  'treaty_body',
  'special_procedure',
  'regional',
  'nhri',
  'voluntary_pledge',
] as const;
export type MechanismKind = (typeof MECHANISM_KINDS)[number];

export const BODY_CODES = [
  'UPR',
  'CCPR',
  'CESCR',
  'CERD',
  'CEDAW',
  'CAT',
  'SPT',
  'CRC',
  'CMW',
  'CRPD',
  'CED',
  'SP',
  'REGIONAL',
  'NHRI',
  'PLEDGE',
] as const;
export type BodyCode = (typeof BODY_CODES)[number];

export interface FollowUpProcedure {
  /** Whether the body runs a written follow-up procedure on selected recommendations. */
  readonly hasProcedure: boolean;
  /** Default period, in months after adoption, for the follow-up report; null without a procedure. */
  readonly defaultMonths: number | null;
}

export interface BodyInfo {
  readonly code: BodyCode;
  readonly kind: MechanismKind;
  readonly name: string;
  /** Abbreviation of the treaty the body monitors (e.g. 'ICCPR'); null for non-treaty bodies. */
  readonly treaty: string | null;
  readonly followUp: FollowUpProcedure;
}

const NO_FOLLOW_UP: FollowUpProcedure = { hasProcedure: false, defaultMonths: null };

function followUpWithin(months: number): FollowUpProcedure {
  return { hasProcedure: true, defaultMonths: months };
}

/*
 * Follow-up periods. These are defaults for configuration, not rules: each
 * concluding observation states its own deadline, which wins when known.
 *
 * - OHCHR, "Follow-up to concluding observations" (treaty bodies page): CCPR,
 *   CAT, CERD, CEDAW, CED and CMW have written follow-up procedures; States
 *   report "within one year (two years in the case of CEDAW and CMW)".
 * - CCPR: the 2013 procedure (CCPR/C/108/2) asked for one year (OHCHR page
 *   above), later two years; the Committee now asks for follow-up information
 *   within three years (CCPR Centre, "Follow-up and assessment",
 *   ccprcentre.org/follow-up-and-assessment). Check the deadline stated in the
 *   concluding observations, which varies with the date of adoption.
 * - CESCR: concluding observations request information "within 24 months" on
 *   the implementation of the selected recommendations.
 * - CRPD: adopted a follow-up procedure in 2013 (up to one year) but
 *   discontinued it in September 2016 for lack of Secretariat resources (OHCHR,
 *   CRPD "Follow-up to concluding observations" page).
 * - CRC and SPT: no follow-up procedure (SPT works through visits and has no
 *   periodic reports).
 * - UPR: no treaty-body-style follow-up; the voluntary mid-term report
 *   (HRC res 16/21) is modelled with the UPR review milestones instead.
 */
const BODY_TABLE: { readonly [C in BodyCode]: Omit<BodyInfo, 'code'> } = {
  UPR: {
    kind: 'upr',
    name: 'Universal Periodic Review',
    treaty: null,
    followUp: NO_FOLLOW_UP,
  },
  CCPR: {
    kind: 'treaty_body',
    name: 'Human Rights Committee',
    treaty: 'ICCPR',
    followUp: followUpWithin(36),
  },
  CESCR: {
    kind: 'treaty_body',
    name: 'Committee on Economic, Social and Cultural Rights',
    treaty: 'ICESCR',
    followUp: followUpWithin(24),
  },
  CERD: {
    kind: 'treaty_body',
    name: 'Committee on the Elimination of Racial Discrimination',
    treaty: 'ICERD',
    followUp: followUpWithin(12),
  },
  CEDAW: {
    kind: 'treaty_body',
    name: 'Committee on the Elimination of Discrimination against Women',
    treaty: 'CEDAW',
    followUp: followUpWithin(24),
  },
  CAT: {
    kind: 'treaty_body',
    name: 'Committee against Torture',
    treaty: 'CAT',
    followUp: followUpWithin(12),
  },
  SPT: {
    kind: 'treaty_body',
    name: 'Subcommittee on Prevention of Torture',
    treaty: 'OPCAT',
    followUp: NO_FOLLOW_UP,
  },
  CRC: {
    kind: 'treaty_body',
    name: 'Committee on the Rights of the Child',
    treaty: 'CRC',
    followUp: NO_FOLLOW_UP,
  },
  CMW: {
    kind: 'treaty_body',
    name: 'Committee on Migrant Workers',
    // Named as in shared/data/treaty-ratification (hr_status_icmw.csv); OHCHR also writes ICRMW.
    treaty: 'ICMW',
    followUp: followUpWithin(24),
  },
  CRPD: {
    kind: 'treaty_body',
    name: 'Committee on the Rights of Persons with Disabilities',
    treaty: 'CRPD',
    followUp: NO_FOLLOW_UP,
  },
  CED: {
    kind: 'treaty_body',
    name: 'Committee on Enforced Disappearances',
    // Named as in shared/data/treaty-ratification (hr_status_cped.csv); OHCHR also writes ICPPED.
    treaty: 'CPED',
    followUp: followUpWithin(12),
  },
  SP: {
    kind: 'special_procedure',
    name: 'Special procedures',
    treaty: null,
    followUp: NO_FOLLOW_UP,
  },
  REGIONAL: {
    kind: 'regional',
    name: 'Regional human rights body',
    treaty: null,
    followUp: NO_FOLLOW_UP,
  },
  NHRI: {
    kind: 'nhri',
    name: 'National human rights institution',
    treaty: null,
    followUp: NO_FOLLOW_UP,
  },
  PLEDGE: {
    kind: 'voluntary_pledge',
    name: 'Voluntary pledge',
    treaty: null,
    followUp: NO_FOLLOW_UP,
  },
};

export const BODIES: readonly BodyInfo[] = BODY_CODES.map((code) => ({ code, ...BODY_TABLE[code] }));

export function isBodyCode(x: unknown): x is BodyCode {
  return typeof x === 'string' && (BODY_CODES as readonly string[]).includes(x);
}

export function bodyInfo(code: BodyCode): BodyInfo {
  return { code, ...BODY_TABLE[code] };
}

export function mechanismOf(code: BodyCode): MechanismKind {
  return BODY_TABLE[code].kind;
}

/**
 * Full names and abbreviations seen in exports (OHCHR UHRI "Reccomending Body",
 * national trackers), lower-cased, without a leading "the".
 * "HRC" is deliberately absent: it means the Human Rights Council, never the
 * Human Rights Committee (CCPR).
 */
const BODY_LABELS: ReadonlyMap<string, BodyCode> = new Map<string, BodyCode>([
  ['upr', 'UPR'],
  ['universal periodic review', 'UPR'],
  ['upr working group', 'UPR'],
  ['working group on the universal periodic review', 'UPR'],
  ['human rights committee', 'CCPR'],
  ['un human rights committee', 'CCPR'],
  ['committee on civil and political rights', 'CCPR'],
  ['committee on economic, social and cultural rights', 'CESCR'],
  ['committee on the elimination of racial discrimination', 'CERD'],
  ['committee on the elimination of all forms of racial discrimination', 'CERD'],
  ['committee on the elimination of discrimination against women', 'CEDAW'],
  ['committee against torture', 'CAT'],
  ['subcommittee on prevention of torture', 'SPT'],
  ['subcommittee on the prevention of torture', 'SPT'],
  [
    'subcommittee on prevention of torture and other cruel, inhuman or degrading treatment or punishment',
    'SPT',
  ],
  ['committee on the rights of the child', 'CRC'],
  ['committee on migrant workers', 'CMW'],
  ['committee on the protection of the rights of all migrant workers and members of their families', 'CMW'],
  ['committee on the rights of persons with disabilities', 'CRPD'],
  ['committee on enforced disappearances', 'CED'],
  ['special procedures', 'SP'],
  ['special procedure', 'SP'],
  ['special procedures of the human rights council', 'SP'],
  ['regional', 'REGIONAL'],
  ['regional mechanism', 'REGIONAL'],
  ['regional human rights mechanism', 'REGIONAL'],
  ['nhri', 'NHRI'],
  ['national human rights institution', 'NHRI'],
  ['pledge', 'PLEDGE'],
  ['voluntary pledge', 'PLEDGE'],
  ['voluntary pledges', 'PLEDGE'],
]);

/** Titles of individual special-procedure mandates ("Special Rapporteur on …"). */
const SPECIAL_PROCEDURE_TITLE =
  /^(special rapporteurs?|independent experts?|working group)\b(?! on the universal periodic review)/u;

function normaliseLabel(raw: string): string {
  return raw
    .replace(/[\s\u0085]+/gu, ' ')
    .trim()
    .replace(/^[-–—•*]\s*/u, '')
    .trim()
    .toLowerCase()
    .replace(/^the /u, '');
}

function lookupLabel(label: string): BodyCode | undefined {
  const upper = label.toUpperCase();
  if (isBodyCode(upper)) {
    return upper;
  }
  const known = BODY_LABELS.get(label);
  if (known !== undefined) {
    return known;
  }
  return SPECIAL_PROCEDURE_TITLE.test(label) ? 'SP' : undefined;
}

/**
 * Maps a body label seen in an export to its code, case-insensitively:
 * codes ('CCPR', 'crc'), full names ('Human Rights Committee'), special
 * procedure mandate titles ('Special Rapporteur on …', 'Working Group on …',
 * 'Independent Expert on …' → 'SP'), and the forms 'Name (CODE)' and
 * 'CODE - Name'. Returns undefined for anything else, including 'HRC'
 * (ambiguous: the Council is not the Committee).
 */
export function parseBody(raw: string): BodyCode | undefined {
  const label = normaliseLabel(raw);
  if (label === '') {
    return undefined;
  }
  const direct = lookupLabel(label);
  if (direct !== undefined) {
    return direct;
  }
  // "Committee against Torture (CAT)" — trust the parenthesised code only if the name agrees or is unknown.
  const withCode = /^(.*?)\s*\(([a-z]+)\)$/u.exec(label);
  if (withCode !== null) {
    const fromName = lookupLabel(withCode[1]);
    const fromCode = lookupLabel(withCode[2]);
    if (fromName !== undefined && fromCode !== undefined && fromName !== fromCode) {
      return undefined;
    }
    return fromName ?? fromCode;
  }
  // "CAT - Committee against Torture" / "CAT: Committee against Torture"
  const codeFirst = /^([a-z]+)\s*[-–—:]\s*(.+)$/u.exec(label);
  if (codeFirst !== null) {
    const fromCode = lookupLabel(codeFirst[1]);
    const fromName = lookupLabel(codeFirst[2]);
    if (fromName !== undefined && fromCode !== undefined && fromName !== fromCode) {
      return undefined;
    }
    return fromCode ?? fromName;
  }
  return undefined;
}
