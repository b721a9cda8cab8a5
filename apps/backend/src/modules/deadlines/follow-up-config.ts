/** Injection token of the FollowUpConfig (evidence limits, deadline settings, SMTP, digest schedule). */
export const FOLLOW_UP_CONFIG = Symbol('FOLLOW_UP_CONFIG');
/** Injection token of the process role, to know whether this process registers recurring jobs. */
export const FOLLOW_UP_PROCESS_ROLE = Symbol('FOLLOW_UP_PROCESS_ROLE');
