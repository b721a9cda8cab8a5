import type { DeadlineKind } from '@tracker/domain';
import type { NotificationItemDto } from './dto/notification.dto';

/** Deadline names in notifications and e-mails (English; the web interface translates its own). */
export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = {
  upr_response: 'UPR response',
  upr_mid_term_report: 'UPR mid-term report',
  upr_next_review: 'next UPR review',
  treaty_follow_up_report: 'treaty-body follow-up report',
  treaty_periodic_report: 'treaty-body periodic report',
  communication_reply: 'reply to a communication',
};

/** Title and plain-text body of one digest. */
export function digestText(asOf: string, items: readonly NotificationItemDto[], label: (kind: string) => string): { title: string; body: string } {
  const title = items.length === 1 ? `1 recommendation newly overdue (${asOf})` : `${items.length} recommendations newly overdue (${asOf})`;
  const lines = items.map((i) => `- ${i.stateIso3}, recommendation ${i.recommendationId}: ${label(i.deadline)} due ${i.dueOn}, ${i.daysLate} days late — ${i.text}`);
  return { title, body: [`Newly overdue as of ${asOf}, in the States and themes you follow:`, '', ...lines].join('\n') };
}
