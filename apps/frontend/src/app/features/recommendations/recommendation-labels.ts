import type {
  FilterDimension,
  ImplementationStatus,
  Mechanism,
  RecommendationResponse,
  StakeholderKind,
  StakeholderRole,
} from './recommendation.models';

/*
 * Display labels for the API's code values. They live here (not in the API's facet labels)
 * so that every one of them goes through $localize and gets translated with the UI.
 */

export const MECHANISM_LABELS: Readonly<Record<Mechanism, string>> = {
  upr: $localize`:Mechanism name@@mechanism.upr:Universal Periodic Review`,
  treaty_body: $localize`:Mechanism name@@mechanism.treatyBody:Treaty body`,
  special_procedure: $localize`:Mechanism name@@mechanism.specialProcedure:Special procedure`,
  regional: $localize`:Mechanism name@@mechanism.regional:Regional mechanism`,
  nhri: $localize`:Mechanism name@@mechanism.nhri:National human rights institution`,
  voluntary_pledge: $localize`:Mechanism name@@mechanism.voluntaryPledge:Voluntary pledge`,
};

export const RESPONSE_LABELS: Readonly<Record<RecommendationResponse, string>> = {
  supported: $localize`:Response of the State to a recommendation@@response.supported:Supported`,
  noted: $localize`:Response of the State to a recommendation@@response.noted:Noted`,
  supported_in_part: $localize`:Response of the State to a recommendation@@response.supportedInPart:Supported in part`,
  no_response: $localize`:Response of the State to a recommendation@@response.noResponse:No response`,
};

export const STATUS_LABELS: Readonly<Record<ImplementationStatus, string>> = {
  no_information: $localize`:Implementation status@@status.noInformation:No information`,
  not_implemented: $localize`:Implementation status@@status.notImplemented:Not implemented`,
  partially_implemented: $localize`:Implementation status@@status.partiallyImplemented:Partially implemented`,
  fully_implemented: $localize`:Implementation status@@status.fullyImplemented:Fully implemented`,
};

export const STAKEHOLDER_ROLE_LABELS: Readonly<Record<StakeholderRole, string>> = {
  lead: $localize`:Role of a stakeholder in following up a recommendation@@stakeholderRole.lead:Lead`,
  partner: $localize`:Role of a stakeholder in following up a recommendation@@stakeholderRole.partner:Partner`,
  monitor: $localize`:Role of a stakeholder in following up a recommendation@@stakeholderRole.monitor:Monitor`,
};

export const STAKEHOLDER_KIND_LABELS: Readonly<Record<StakeholderKind, string>> = {
  government_institution: $localize`:Kind of stakeholder@@stakeholderKind.governmentInstitution:Government institution`,
  parliament: $localize`:Kind of stakeholder@@stakeholderKind.parliament:Parliament`,
  judiciary: $localize`:Kind of stakeholder@@stakeholderKind.judiciary:Judiciary`,
  nhri: $localize`:Kind of stakeholder@@stakeholderKind.nhri:National human rights institution`,
  ngo: $localize`:Kind of stakeholder@@stakeholderKind.ngo:Non-governmental organisation`,
  un_entity: $localize`:Kind of stakeholder@@stakeholderKind.unEntity:UN entity`,
  regional_organisation: $localize`:Kind of stakeholder@@stakeholderKind.regionalOrganisation:Regional organisation`,
  donor: $localize`:Kind of stakeholder@@stakeholderKind.donor:Donor`,
  academia: $localize`:Kind of stakeholder@@stakeholderKind.academia:Academia`,
  business: $localize`:Kind of stakeholder@@stakeholderKind.business:Business`,
  trade_union: $localize`:Kind of stakeholder@@stakeholderKind.tradeUnion:Trade union`,
};

export const DIMENSION_LABELS: Readonly<Record<FilterDimension, string>> = {
  state: $localize`:Filter heading@@filter.state:State under review`,
  mechanism: $localize`:Filter heading@@filter.mechanism:Mechanism`,
  body: $localize`:Filter heading; e.g. UPR, Human Rights Committee@@filter.body:Body`,
  cycle: $localize`:Filter heading; UPR cycle@@filter.cycle:Cycle`,
  session: $localize`:Filter heading@@filter.session:Session`,
  response: $localize`:Filter heading@@filter.response:Response`,
  status: $localize`:Filter heading@@filter.status:Implementation status`,
  theme: $localize`:Filter heading@@filter.theme:Theme`,
  affectedPerson: $localize`:Filter heading@@filter.affectedPerson:Affected persons`,
  sdg: $localize`:Filter heading; Sustainable Development Goal@@filter.sdg:SDG`,
  recommendingState: $localize`:Filter heading@@filter.recommendingState:Recommending State`,
};

/** Code lists whose labels the UI translates itself. */
const CODE_LIST_LABELS: Partial<Record<FilterDimension, Readonly<Record<string, string>>>> = {
  mechanism: MECHANISM_LABELS,
  response: RESPONSE_LABELS,
  status: STATUS_LABELS,
};

/**
 * The label to show for a filter value: a translated label for code lists the UI knows,
 * the API's label otherwise (names of States, themes… come from the reference data).
 */
export function filterValueLabel(dimension: FilterDimension, value: string, apiLabel: string | undefined): string {
  const labels = CODE_LIST_LABELS[dimension];
  const own = labels && Object.prototype.hasOwnProperty.call(labels, value) ? labels[value] : undefined;
  return own ?? apiLabel ?? value;
}
