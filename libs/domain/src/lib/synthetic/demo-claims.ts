import type { AssertingParty, ImplementationStatus } from '../implementation-status';
import { addDays, compareDates, isoDate, type IsoDate } from '../follow-up/calendar';
import { prng } from './uhri-rows';

/**
 * Synthetic status claims for the demo dataset: what a State and independent assessors might
 * report on one synthetic recommendation over the years after it was issued. Deterministic for
 * (seed, index, issuedOn, today), so the same demo always tells the same story. Claims never lie
 * in the future: those after `today` are left out.
 */

export interface SyntheticClaim {
  readonly party: AssertingParty;
  readonly status: ImplementationStatus;
  readonly effectiveOn: IsoDate;
}

export interface SyntheticClaimInput {
  /** Position of the recommendation in the synthetic export (0-based). */
  readonly index: number;
  readonly seed: number;
  readonly issuedOn: IsoDate;
  readonly today: IsoDate;
}

const FIRST_STATUS: readonly ImplementationStatus[] = ['not_implemented', 'not_implemented', 'partially_implemented', 'partially_implemented', 'fully_implemented'];
const NEXT_STATUS: Readonly<Record<ImplementationStatus, ImplementationStatus>> = {
  no_information: 'not_implemented',
  not_implemented: 'partially_implemented',
  partially_implemented: 'fully_implemented',
  fully_implemented: 'fully_implemented',
};
/** Independent assessors often see less progress than the State reports. */
const ONE_LESS: Readonly<Record<ImplementationStatus, ImplementationStatus>> = {
  no_information: 'no_information',
  not_implemented: 'not_implemented',
  partially_implemented: 'not_implemented',
  fully_implemented: 'partially_implemented',
};
const INDEPENDENT: readonly AssertingParty[] = ['nhri', 'ngo', 'ngo', 'un_entity', 'ohchr'];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

/**
 * Up to three claims: a first report by the State 1–3 years after the recommendation (three in
 * four recommendations), a later report one step further on half of those, and an independent
 * assessment 6–30 months after it on about half of the recommendations, in chronological order.
 */
export function syntheticStatusClaims(input: SyntheticClaimInput): SyntheticClaim[] {
  const issued = isoDate(input.issuedOn, 'issuedOn');
  isoDate(input.today, 'today');
  const random = prng((Math.imul(input.seed, 1_000_003) + input.index) >>> 0);
  const claims: SyntheticClaim[] = [];
  let stateStatus: ImplementationStatus | null = null;
  if (random() < 0.75) {
    stateStatus = pick(random, FIRST_STATUS);
    const first = addDays(issued, 365 + Math.floor(random() * 730));
    claims.push({ party: 'state', status: stateStatus, effectiveOn: first });
    if (random() < 0.5) {
      stateStatus = NEXT_STATUS[stateStatus];
      claims.push({ party: 'state', status: stateStatus, effectiveOn: addDays(first, 365 + Math.floor(random() * 365)) });
    }
  }
  if (random() < 0.5) {
    const status = stateStatus !== null && random() < 0.6 ? ONE_LESS[stateStatus] : pick(random, FIRST_STATUS);
    claims.push({ party: pick(random, INDEPENDENT), status, effectiveOn: addDays(issued, 180 + Math.floor(random() * 720)) });
  }
  return claims
    .filter((claim) => compareDates(claim.effectiveOn, input.today) <= 0)
    .sort((a, b) => compareDates(a.effectiveOn, b.effectiveOn));
}
