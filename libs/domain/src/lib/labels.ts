import type { ImplementationStatus } from './implementation-status';
import type { MechanismKind } from './mechanisms';
import type { ResponseCode } from './responses';

/** English labels of the closed vocabularies (the UI translates them with its own catalogues). */
export const MECHANISM_LABELS: Readonly<Record<MechanismKind, string>> = {
  upr: 'Universal Periodic Review',
  treaty_body: 'Treaty bodies',
  special_procedure: 'Special procedures',
  regional: 'Regional bodies',
  nhri: 'National human rights institutions',
  voluntary_pledge: 'Voluntary pledges',
};

export const RESPONSE_LABELS: Readonly<Record<ResponseCode, string>> = {
  supported: 'Supported',
  noted: 'Noted',
  supported_in_part: 'Supported in part',
  no_response: 'No response',
};

export const IMPLEMENTATION_STATUS_LABELS: Readonly<Record<ImplementationStatus, string>> = {
  no_information: 'No information',
  not_implemented: 'Not implemented',
  partially_implemented: 'Partially implemented',
  fully_implemented: 'Fully implemented',
};
