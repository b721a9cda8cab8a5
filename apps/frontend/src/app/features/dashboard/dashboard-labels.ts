import type { ComparisonDimension, DeadlineKind, HeadlineKey, PartyGroup, ProfileSection } from './dashboard.api';

/*
 * Display labels of the dashboard's code values, every one through $localize. Statuses, responses
 * and mechanisms reuse the registry's labels (features/recommendations/recommendation-labels.ts).
 */

export const PARTY_GROUP_LABELS: Readonly<Record<PartyGroup, string>> = {
  state: $localize`:Who asserts the statuses of a chart, the State under review@@dashboard.party.state:According to the State`,
  independent: $localize`:Who asserts the statuses of a chart, NHRIs, NGOs, UN entities and OHCHR@@dashboard.party.independent:According to independent assessments`,
};

/** UN regional groups; 'NONE' groups the States outside them. */
export const REGIONAL_GROUP_LABELS: Readonly<Record<string, string>> = {
  AFRICAN: $localize`:UN regional group@@dashboard.group.african:African States`,
  ASIA_PACIFIC: $localize`:UN regional group@@dashboard.group.asiaPacific:Asia-Pacific States`,
  EASTERN_EUROPEAN: $localize`:UN regional group@@dashboard.group.easternEuropean:Eastern European States`,
  GRULAC: $localize`:UN regional group@@dashboard.group.grulac:Latin American and Caribbean States`,
  WEOG: $localize`:UN regional group@@dashboard.group.weog:Western European and other States`,
  NONE: $localize`:States in no UN regional group@@dashboard.group.none:No regional group`,
};

export const M49_REGION_LABELS: Readonly<Record<string, string>> = {
  Africa: $localize`:UN M49 region@@dashboard.region.africa:Africa`,
  Americas: $localize`:UN M49 region@@dashboard.region.americas:Americas`,
  Asia: $localize`:UN M49 region@@dashboard.region.asia:Asia`,
  Europe: $localize`:UN M49 region@@dashboard.region.europe:Europe`,
  Oceania: $localize`:UN M49 region@@dashboard.region.oceania:Oceania`,
};

export const HEADLINE_LABELS: Readonly<Record<HeadlineKey, string>> = {
  recommendations: $localize`:Headline figure, number of recommendations@@dashboard.headline.recommendations:Recommendations`,
  supported_share: $localize`:Headline figure, share of UPR recommendations the State supported@@dashboard.headline.supported:Supported by the State`,
  implemented_share: $localize`:Headline figure, share of recommendations fully implemented@@dashboard.headline.implemented:Fully implemented`,
  overdue: $localize`:Headline figure, deadlines passed without the expected report@@dashboard.headline.overdue:Overdue deadlines`,
  open_flags: $localize`:Headline figure, non-cooperation flags not yet reviewed@@dashboard.headline.openFlags:Flags awaiting review`,
};

export const DIMENSION_LABELS: Readonly<Record<ComparisonDimension, string>> = {
  regional_group: $localize`:Comparison by@@dashboard.dimension.regionalGroup:UN regional group`,
  region: $localize`:Comparison by@@dashboard.dimension.region:Region (UN M49)`,
  theme: $localize`:Comparison by@@dashboard.dimension.theme:Theme`,
  sdg: $localize`:Comparison by; Sustainable Development Goal@@dashboard.dimension.sdg:SDG`,
  cycle: $localize`:Comparison by@@dashboard.dimension.cycle:UPR cycle`,
  mechanism: $localize`:Comparison by@@dashboard.dimension.mechanism:Mechanism`,
  state: $localize`:Comparison by@@dashboard.dimension.state:State`,
};

export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = {
  upr_response: $localize`:Deadline@@dashboard.deadline.uprResponse:Responses to the UPR recommendations`,
  upr_mid_term_report: $localize`:Deadline@@dashboard.deadline.uprMidTerm:UPR mid-term report`,
  upr_next_review: $localize`:Deadline@@dashboard.deadline.uprNextReview:Next UPR review`,
  treaty_follow_up_report: $localize`:Deadline@@dashboard.deadline.treatyFollowUp:Follow-up report to the committee`,
  treaty_periodic_report: $localize`:Deadline@@dashboard.deadline.treatyPeriodic:Periodic report to the committee`,
  communication_reply: $localize`:Deadline@@dashboard.deadline.communicationReply:Reply to a communication`,
};

export const WITHHELD_LABELS: Readonly<Record<ProfileSection, string>> = {
  flags: $localize`:Section of a State profile@@dashboard.section.flags:Non-cooperation flags`,
  ratifications: $localize`:Section of a State profile@@dashboard.section.ratifications:Treaty ratifications`,
  overdue_reports: $localize`:Section of a State profile@@dashboard.section.overdueReports:Overdue reports to treaty bodies`,
};

/** The label of a comparison group: translated for code lists the interface knows, as recorded otherwise. */
export function groupLabel(dimension: ComparisonDimension, key: string, recorded: string, mechanisms: Readonly<Record<string, string>>): string {
  switch (dimension) {
    case 'regional_group':
      return REGIONAL_GROUP_LABELS[key] ?? recorded;
    case 'region':
      return M49_REGION_LABELS[key] ?? recorded;
    case 'cycle':
      return $localize`:UPR cycle number@@dashboard.cycle:Cycle ${key}:cycle:`;
    case 'mechanism':
      return mechanisms[key] ?? recorded;
    case 'sdg':
      return $localize`:SDG number and title@@dashboard.sdg:SDG ${key}:goal: – ${recorded}:title:`;
    case 'theme':
    case 'state':
      return recorded;
  }
}
