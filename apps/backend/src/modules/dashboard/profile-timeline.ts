import { approximateReviewDate, UPR_SESSIONS } from '@tracker/domain';
import type { ReviewDto } from './dto/dashboard-response.dto';
import type { ReviewRow } from './dashboard.repository';

/** The reviews behind a State's recommendations, dated: UPR sessions by their opening day, treaty bodies by their concluding observations. Oldest first. */
export function datedReviews(rows: readonly ReviewRow[]): ReviewDto[] {
  const reviews = rows.flatMap((row): ReviewDto[] => {
    if (row.kind === 'upr') {
      if (row.session === null) return [];
      const session = UPR_SESSIONS.find((s) => s.session === row.session);
      if (session === undefined) return [];
      return [{ kind: 'upr', body: row.body, session: row.session, cycle: row.cycle ?? session.cycle, date: approximateReviewDate(row.session), approximate: session.approximate, recommendations: row.recommendations }];
    }
    if (row.date === null) return [];
    return [{ kind: 'treaty_body', body: row.body, session: null, cycle: null, date: row.date, approximate: false, recommendations: row.recommendations }];
  });
  return reviews.sort((a, b) => a.date.localeCompare(b.date) || a.body.localeCompare(b.body));
}
