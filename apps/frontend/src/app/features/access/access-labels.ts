import type { AssessmentOrigin, Role } from '../../api/models';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  administrator: $localize`:Role@@role.administrator:Administrator`,
  ohchr_officer: $localize`:Role@@role.ohchrOfficer:OHCHR officer`,
  state_focal_point: $localize`:Role@@role.stateFocalPoint:State focal point`,
  ngo_monitor: $localize`:Role@@role.ngoMonitor:NGO / NHRI monitor`,
};

export const ORIGIN_LABELS: Readonly<Record<AssessmentOrigin, string>> = {
  state: $localize`:Kind of assessment filed by the State under review@@assessment.origin.state:State report`,
  civil_society: $localize`:Kind of assessment filed by an NGO or NHRI@@assessment.origin.civilSociety:Civil-society assessment`,
};
