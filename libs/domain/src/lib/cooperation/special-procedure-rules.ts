import { addDays, addMonths, compareDates, type IsoDate } from '../follow-up/calendar';
import { VISIT_ANSWER_STATUSES, type CommunicationRecord, type CountableRecord, type VisitRequestRecord, type VisitStatus } from './records';
import { checkSetting, evidenceOf, firing, notFired, ofKind, plural, type CooperationRule, type NoSettings } from './rule-types';

function isAnswer(status: VisitStatus): boolean {
  return (VISIT_ANSWER_STATUSES as readonly VisitStatus[]).includes(status);
}

/** Within the rolling period of `months` ending on `asOf` (start excluded, end included). */
function withinMonths(date: IsoDate, asOf: IsoDate, months: number): boolean {
  return compareDates(date, addMonths(asOf, -months)) > 0 && compareDates(date, asOf) <= 0;
}

export interface UnansweredVisitsSettings {
  /** Months after the latest reminder without any answer. */
  readonly monthsAfterReminder: number;
}

/**
 * Visit requests with no answer more than N months after the latest reminder.
 * Source: OHCHR visit-request vocabulary ("no response" is derived from
 * requested + reminders without reply); default 24 months (shared/notes/domain.md, convention).
 */
export const SP_VISIT_REQUESTS_UNANSWERED: CooperationRule<'sp_visit_requests_unanswered', UnansweredVisitsSettings> = {
  id: 'sp_visit_requests_unanswered',
  name: 'Special-procedure visit requests unanswered after a reminder',
  mechanism: 'special_procedure',
  category: 'non_cooperation',
  source:
    'OHCHR country visits vocabulary (requested, reminder, acknowledged, accepted, dates proposed, declined, completed; "no response" derived); shared/notes/domain.md (convention): unanswered > 24 months after a reminder.',
  defaultSettings: { monthsAfterReminder: 24 },
  evaluate(records, window, settings) {
    const months = checkSetting('sp_visit_requests_unanswered', 'monthsAfterReminder', settings.monthsAfterReminder, { min: 1 });
    const unanswered: { readonly request: VisitRequestRecord; readonly reminder: IsoDate }[] = [];
    for (const request of ofKind(records, 'visit_request')) {
      const known = request.history.filter((h) => compareDates(h.on, window.asOf) <= 0);
      const reminders = known.filter((h) => h.status === 'reminder').map((h) => h.on).sort(compareDates);
      const reminder = reminders[reminders.length - 1];
      if (
        reminder !== undefined &&
        !known.some((h) => isAnswer(h.status) && compareDates(h.on, reminder) >= 0) &&
        compareDates(addMonths(reminder, months), window.asOf) < 0
      ) {
        unanswered.push({ request, reminder });
      }
    }
    if (unanswered.length === 0) {
      return notFired('sp_visit_requests_unanswered', `No visit request left unanswered more than ${months} months after a reminder.`);
    }
    return firing(
      'sp_visit_requests_unanswered',
      'medium',
      evidenceOf(unanswered.map((u) => u.request)),
      `${plural(unanswered.length, 'visit request')} unanswered more than ${months} months after the latest reminder: ${unanswered.map((u) => `${u.request.mandate} (reminder ${u.reminder})`).join('; ')}.`,
    );
  },
};

export interface DeclinedVisitsSettings {
  readonly windowMonths: number;
  readonly minDeclined: number;
}

/**
 * Visit requests declined within a rolling window.
 * Source: OHCHR visit-request vocabulary; shared/notes/domain.md (convention: counts over a rolling window).
 */
export const SP_VISITS_DECLINED: CooperationRule<'sp_visits_declined', DeclinedVisitsSettings> = {
  id: 'sp_visits_declined',
  name: 'Special-procedure visits declined',
  mechanism: 'special_procedure',
  category: 'non_cooperation',
  source: 'OHCHR country visits vocabulary (declined); shared/notes/domain.md (convention): declined visits counted over a rolling window.',
  defaultSettings: { windowMonths: 24, minDeclined: 1 },
  evaluate(records, window, settings) {
    const months = checkSetting('sp_visits_declined', 'windowMonths', settings.windowMonths, { min: 1 });
    const min = checkSetting('sp_visits_declined', 'minDeclined', settings.minDeclined, { min: 1 });
    const declined = ofKind(records, 'visit_request').filter((r) =>
      r.history.some((h) => h.status === 'declined' && withinMonths(h.on, window.asOf, months)),
    );
    const summary = `${plural(declined.length, 'visit request')} declined in the ${months} months to ${window.asOf}`;
    if (declined.length < min) {
      return notFired('sp_visits_declined', `${summary}; the rule needs ${min}.`);
    }
    return firing('sp_visits_declined', 'low', evidenceOf(declined), `${summary}: ${declined.map((r) => r.mandate).join('; ')}.`);
  },
};

/**
 * No standing invitation to the thematic special procedures in force.
 * Source: OHCHR list of standing invitations (shared/notes/domain.md).
 */
export const SP_NO_STANDING_INVITATION: CooperationRule<'sp_no_standing_invitation', NoSettings> = {
  id: 'sp_no_standing_invitation',
  name: 'No standing invitation',
  mechanism: 'special_procedure',
  category: 'non_cooperation',
  source:
    'OHCHR list of standing invitations to the thematic special procedures (126 Member States and 1 observer by 2020; shared/notes/domain.md).',
  defaultSettings: {},
  evaluate(records, window) {
    const invitations = ofKind(records, 'standing_invitation').filter((i) => compareDates(i.extendedOn, window.asOf) <= 0);
    const inForce = invitations.find((i) => i.withdrawnOn === null || compareDates(i.withdrawnOn, window.asOf) > 0);
    if (inForce !== undefined) {
      return notFired('sp_no_standing_invitation', `Standing invitation extended on ${inForce.extendedOn}.`);
    }
    if (invitations.length === 0) {
      return firing('sp_no_standing_invitation', 'low', [], 'The State has not extended a standing invitation.');
    }
    return firing(
      'sp_no_standing_invitation',
      'low',
      evidenceOf(invitations),
      `The standing invitation was withdrawn (${invitations.map((i) => `extended ${i.extendedOn}, withdrawn ${i.withdrawnOn ?? ''}`).join('; ')}).`,
    );
  },
};

/** Communications sent in the rolling window whose reply period ended by the evaluation date. */
function dueCommunications(records: readonly CountableRecord[], asOf: IsoDate, windowMonths: number, replyDays: number): CommunicationRecord[] {
  return ofKind(records, 'communication').filter(
    (c) => withinMonths(c.sentOn, asOf, windowMonths) && compareDates(addDays(c.sentOn, replyDays), asOf) < 0,
  );
}

function isReplied(c: CommunicationRecord, asOf: IsoDate): boolean {
  return c.repliedOn !== null && compareDates(c.repliedOn, asOf) <= 0;
}

export interface UnansweredCommunicationsSettings {
  readonly replyDays: number;
  readonly windowMonths: number;
  readonly minUnanswered: number;
}

/**
 * Communications (urgent appeals, allegation letters, other letters) sent in
 * the rolling window and still unanswered more than 60 days after sending.
 * Source: special procedures communications — a reply is expected within 60
 * days, after which letter and reply are published (shared/notes/domain.md).
 */
export const SP_COMMUNICATIONS_UNANSWERED: CooperationRule<'sp_communications_unanswered', UnansweredCommunicationsSettings> = {
  id: 'sp_communications_unanswered',
  name: 'Special-procedure communications unanswered after 60 days',
  mechanism: 'special_procedure',
  category: 'non_cooperation',
  source:
    'Special procedures communications: reply expected within 60 days, after which the letter and any reply are published (shared/notes/domain.md); rolling window and count are conventions of this tracker.',
  defaultSettings: { replyDays: 60, windowMonths: 24, minUnanswered: 1 },
  evaluate(records, window, settings) {
    const days = checkSetting('sp_communications_unanswered', 'replyDays', settings.replyDays, { min: 1 });
    const months = checkSetting('sp_communications_unanswered', 'windowMonths', settings.windowMonths, { min: 1 });
    const min = checkSetting('sp_communications_unanswered', 'minUnanswered', settings.minUnanswered, { min: 1 });
    const unanswered = dueCommunications(records, window.asOf, months, days).filter((c) => !isReplied(c, window.asOf));
    const summary = `${plural(unanswered.length, 'communication')} sent in the ${months} months to ${window.asOf} unanswered after ${days} days`;
    if (unanswered.length < min) {
      return notFired('sp_communications_unanswered', `${summary}; the rule needs ${min}.`);
    }
    return firing(
      'sp_communications_unanswered',
      'low',
      evidenceOf(unanswered),
      `${summary}: ${unanswered.map((c) => `${c.type.replace(/_/gu, ' ')} of ${c.sentOn}`).join('; ')}.`,
    );
  },
};

export interface ReplyRateSettings {
  readonly replyDays: number;
  readonly windowMonths: number;
  /** Reply rate (0–1) below which the rule fires. */
  readonly minimumRate: number;
  /** Fewer communications than this are too few to compute a rate. */
  readonly minimumCommunications: number;
}

/**
 * Reply rate to communications below a threshold over a rolling 24 months.
 * Source: shared/notes/domain.md (historical reply rates per mandate ~50–65%;
 * thresholds configurable). Default 50% over at least 3 communications (convention).
 */
export const SP_REPLY_RATE_LOW: CooperationRule<'sp_reply_rate_low', ReplyRateSettings> = {
  id: 'sp_reply_rate_low',
  name: 'Low reply rate to special-procedure communications',
  mechanism: 'special_procedure',
  category: 'non_cooperation',
  source:
    'Special procedures communications reports (historical reply rates ~50–65%, shared/notes/domain.md); threshold 50% over a rolling 24 months with at least 3 communications is a convention of this tracker.',
  defaultSettings: { replyDays: 60, windowMonths: 24, minimumRate: 0.5, minimumCommunications: 3 },
  evaluate(records, window, settings) {
    const days = checkSetting('sp_reply_rate_low', 'replyDays', settings.replyDays, { min: 1 });
    const months = checkSetting('sp_reply_rate_low', 'windowMonths', settings.windowMonths, { min: 1 });
    const rate = checkSetting('sp_reply_rate_low', 'minimumRate', settings.minimumRate, { min: 0, max: 1, whole: false });
    const minCount = checkSetting('sp_reply_rate_low', 'minimumCommunications', settings.minimumCommunications, { min: 1 });
    const due = dueCommunications(records, window.asOf, months, days);
    if (due.length < minCount) {
      return notFired('sp_reply_rate_low', `${plural(due.length, 'communication')} due a reply in the ${months} months to ${window.asOf}: too few for a rate (needs ${minCount}).`);
    }
    const replied = due.filter((c) => isReplied(c, window.asOf)).length;
    const actual = replied / due.length;
    const summary = `Replied to ${replied} of ${plural(due.length, 'communication')} (${Math.round(actual * 100)}%) in the ${months} months to ${window.asOf}`;
    if (actual >= rate) {
      return notFired('sp_reply_rate_low', `${summary}; threshold ${Math.round(rate * 100)}%.`);
    }
    return firing('sp_reply_rate_low', 'medium', evidenceOf(due), `${summary}, below ${Math.round(rate * 100)}%.`);
  },
};
