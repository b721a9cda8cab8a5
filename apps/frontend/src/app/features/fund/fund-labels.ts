import type { AssertingParty, AssistanceActivityType, AssistanceChannel, AssistanceStatus, AssistanceTransitionAction, StatusMovement } from '../../api/models';

/*
 * Display labels of the Fund's code values, through $localize so that they are translated with
 * the interface.
 */

export const ASSISTANCE_STATUS_LABELS: Readonly<Record<AssistanceStatus, string>> = {
  draft: $localize`:Status of an assistance request@@fund.status.draft:Draft`,
  submitted: $localize`:Status of an assistance request@@fund.status.submitted:Submitted`,
  under_review: $localize`:Status of an assistance request@@fund.status.underReview:Under review`,
  approved: $localize`:Status of an assistance request@@fund.status.approved:Approved`,
  declined: $localize`:Status of an assistance request@@fund.status.declined:Declined`,
  in_implementation: $localize`:Status of an assistance request@@fund.status.inImplementation:In implementation`,
  completed: $localize`:Status of an assistance request@@fund.status.completed:Completed`,
  reported: $localize`:Status of an assistance request@@fund.status.reported:Reported`,
};

export const ACTIVITY_TYPE_LABELS: Readonly<Record<AssistanceActivityType, string>> = {
  implementation_project_co_funding: $localize`:Activity the Voluntary Fund pays for@@fund.activity.coFunding:Co-funding of implementation projects`,
  national_capacity_and_expertise: $localize`:Activity the Voluntary Fund pays for@@fund.activity.capacity:National capacity and expertise`,
  un_country_programming_integration: $localize`:Activity the Voluntary Fund pays for@@fund.activity.countryProgramming:Integration into UN country programming`,
  good_practice_exchange: $localize`:Activity the Voluntary Fund pays for@@fund.activity.goodPractice:Exchange of good practice`,
};

export const CHANNEL_LABELS: Readonly<Record<AssistanceChannel, string>> = {
  ohchr_field_office: $localize`:Channel of an assistance request@@fund.channel.fieldOffice:OHCHR field office`,
  ohchr_regional_office: $localize`:Channel of an assistance request@@fund.channel.regionalOffice:OHCHR regional office`,
  resident_coordinator: $localize`:Channel of an assistance request@@fund.channel.residentCoordinator:UN Resident Coordinator`,
  ohchr_headquarters: $localize`:Channel of an assistance request@@fund.channel.headquarters:OHCHR headquarters`,
};

/** Button labels of the lifecycle steps. */
export const TRANSITION_LABELS: Readonly<Record<AssistanceTransitionAction, string>> = {
  submit: $localize`:Button that submits an assistance request to the Fund@@fund.action.submit:Submit to the Fund`,
  start_review: $localize`:Button@@fund.action.startReview:Start the review`,
  return: $localize`:Button that sends a request back to the State@@fund.action.return:Return to the State`,
  approve: $localize`:Button@@fund.action.approve:Approve`,
  decline: $localize`:Button@@fund.action.decline:Decline`,
  start_implementation: $localize`:Button@@fund.action.startImplementation:Start the implementation`,
  complete: $localize`:Button@@fund.action.complete:Mark as completed`,
  report: $localize`:Button that marks the request as reported to the Human Rights Council@@fund.action.report:Mark as reported`,
};

/** How a step appears in the history. */
export const HISTORY_LABELS: Readonly<Record<AssistanceTransitionAction | 'create', string>> = {
  create: $localize`:Step in the history of an assistance request@@fund.history.create:Drafted`,
  submit: $localize`:Step in the history of an assistance request@@fund.history.submit:Submitted`,
  start_review: $localize`:Step in the history of an assistance request@@fund.history.startReview:Review started`,
  return: $localize`:Step in the history of an assistance request@@fund.history.return:Returned to the State`,
  approve: $localize`:Step in the history of an assistance request@@fund.history.approve:Approved`,
  decline: $localize`:Step in the history of an assistance request@@fund.history.decline:Declined`,
  start_implementation: $localize`:Step in the history of an assistance request@@fund.history.startImplementation:Implementation started`,
  complete: $localize`:Step in the history of an assistance request@@fund.history.complete:Completed`,
  report: $localize`:Step in the history of an assistance request@@fund.history.report:Reported to the Council`,
};

export const PARTY_LABELS: Readonly<Record<AssertingParty, string>> = {
  state: $localize`:Who asserts an implementation status@@fund.party.state:State`,
  nhri: $localize`:Who asserts an implementation status@@fund.party.nhri:National human rights institution`,
  ngo: $localize`:Who asserts an implementation status@@fund.party.ngo:NGO`,
  un_entity: $localize`:Who asserts an implementation status@@fund.party.unEntity:UN entity`,
  ohchr: $localize`:Who asserts an implementation status@@fund.party.ohchr:OHCHR`,
};

export const MOVEMENT_LABELS: Readonly<Record<StatusMovement, string>> = {
  improved: $localize`:Change of implementation status@@fund.movement.improved:Improved`,
  regressed: $localize`:Change of implementation status@@fund.movement.regressed:Regressed`,
  unchanged: $localize`:Change of implementation status@@fund.movement.unchanged:Unchanged`,
  unknown: $localize`:Change of implementation status@@fund.movement.unknown:Unknown`,
};

export const NO_YEAR_LABEL = $localize`:Requests not yet counted in a reporting year@@fund.year.none:Not decided yet`;
