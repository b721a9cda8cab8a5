import type { AssertingParty, PartyClaimDto, StatusOverviewDto } from '../../../api/models';

/** One column of the side-by-side view: a party, its claim in force (if any), and whether it differs from the State. */
export interface StatusColumn {
  readonly party: AssertingParty;
  readonly claim: PartyClaimDto | null;
  /** The party's status differs from the State's claim (never true for the State itself). */
  readonly disagrees: boolean;
  /** Ranks between this party's status and the State's (0 when they agree). */
  readonly gap: number;
}

const ORDER: readonly AssertingParty[] = ['state', 'nhri', 'ngo', 'un_entity', 'ohchr'];

/**
 * The columns to show side by side: the State first, then every party that has a claim in force,
 * each marked when it disagrees with the State (from the server's disagreement summary).
 */
export function statusColumns(overview: StatusOverviewDto): StatusColumn[] {
  const byParty = new Map(overview.parties.map((claim) => [claim.party, claim]));
  const gaps = new Map(overview.disagreement.items.map((item) => [item.party as AssertingParty, item.gap]));
  return ORDER.filter((party) => party === 'state' || byParty.has(party)).map((party) => ({
    party,
    claim: byParty.get(party) ?? null,
    disagrees: gaps.has(party),
    gap: gaps.get(party) ?? 0,
  }));
}
