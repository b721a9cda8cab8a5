import type { TreatyBodyCode } from '../follow-up/deadlines';

/**
 * The nine core UN human rights treaties and their optional protocols, with the
 * committee that monitors each, and the key used in the ratification tables of
 * shared/data/treaty-ratification (hr_status_<key>.csv; data from the UN Treaty
 * Collection). Ratification tells which committees a State owes reports to.
 */
export interface TreatyInfo {
  /** Abbreviation used in the registry, e.g. 'ICCPR', 'OP-CAT'. */
  readonly code: string;
  /** Key of the ratification table, e.g. 'iccpr', 'opcat'. */
  readonly fileKey: string;
  readonly body: TreatyBodyCode;
  /** One of the nine core treaties (not an optional protocol). */
  readonly core: boolean;
  readonly name: string;
}

export const TREATIES: readonly TreatyInfo[] = [
  { code: 'ICERD', fileKey: 'icerd', body: 'CERD', core: true, name: 'International Convention on the Elimination of All Forms of Racial Discrimination' },
  { code: 'ICCPR', fileKey: 'iccpr', body: 'CCPR', core: true, name: 'International Covenant on Civil and Political Rights' },
  { code: 'ICESCR', fileKey: 'icescr', body: 'CESCR', core: true, name: 'International Covenant on Economic, Social and Cultural Rights' },
  { code: 'CEDAW', fileKey: 'cedaw', body: 'CEDAW', core: true, name: 'Convention on the Elimination of All Forms of Discrimination against Women' },
  { code: 'CAT', fileKey: 'cat', body: 'CAT', core: true, name: 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment' },
  { code: 'CRC', fileKey: 'crc', body: 'CRC', core: true, name: 'Convention on the Rights of the Child' },
  { code: 'ICMW', fileKey: 'icmw', body: 'CMW', core: true, name: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families' },
  { code: 'CPED', fileKey: 'cped', body: 'CED', core: true, name: 'International Convention for the Protection of All Persons from Enforced Disappearance' },
  { code: 'CRPD', fileKey: 'crpd', body: 'CRPD', core: true, name: 'Convention on the Rights of Persons with Disabilities' },
  { code: 'ICESCR-OP', fileKey: 'icescr_op', body: 'CESCR', core: false, name: 'Optional Protocol to the International Covenant on Economic, Social and Cultural Rights' },
  { code: 'ICCPR-OP1', fileKey: 'iccpr_op1', body: 'CCPR', core: false, name: 'Optional Protocol to the International Covenant on Civil and Political Rights' },
  { code: 'ICCPR-OP2', fileKey: 'iccpr_op2', body: 'CCPR', core: false, name: 'Second Optional Protocol to the ICCPR, aiming at the abolition of the death penalty' },
  { code: 'OP-CEDAW', fileKey: 'op_cedaw', body: 'CEDAW', core: false, name: 'Optional Protocol to CEDAW' },
  { code: 'OP-CRC-AC', fileKey: 'op_crc_ac', body: 'CRC', core: false, name: 'Optional Protocol to the CRC on the involvement of children in armed conflict' },
  { code: 'OP-CRC-SC', fileKey: 'op_crc_sc', body: 'CRC', core: false, name: 'Optional Protocol to the CRC on the sale of children, child prostitution and child pornography' },
  { code: 'OP-CRC-IC', fileKey: 'op_crc_ic', body: 'CRC', core: false, name: 'Optional Protocol to the CRC on a communications procedure' },
  { code: 'OP-CAT', fileKey: 'opcat', body: 'SPT', core: false, name: 'Optional Protocol to the Convention against Torture' },
  { code: 'OP-CRPD', fileKey: 'op_crpd', body: 'CRPD', core: false, name: 'Optional Protocol to the CRPD' },
];

export const TREATY_CODES: readonly string[] = TREATIES.map((t) => t.code);

export const TREATY_BY_CODE: ReadonlyMap<string, TreatyInfo> = new Map(TREATIES.map((t) => [t.code, t]));

/** The treaty of a ratification table from its file name ('hr_status_op_crc_ic.csv' → OP-CRC-IC); undefined when not one. */
export function treatyOfRatificationFile(fileName: string): TreatyInfo | undefined {
  const match = /(?:^|[\\/])hr_status_([a-z0-9_]+)\.csv$/iu.exec(fileName);
  if (match === null) return undefined;
  const key = match[1].toLowerCase();
  return TREATIES.find((t) => t.fileKey === key);
}
