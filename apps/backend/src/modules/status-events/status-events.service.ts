import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AssertingParty, ImplementationStatus, StatusEventSource } from '@tracker/domain';
import { Clock } from '../clock/clock';

export interface NewStatusEvent {
  readonly recommendationId: number;
  readonly party: AssertingParty;
  readonly status: ImplementationStatus;
  readonly effectiveOn: string;
  readonly source: StatusEventSource;
  readonly sourceId: string | null;
  readonly public: boolean;
}

/**
 * Appends status claims and keeps `recommendation.current_status` in step, in the caller's
 * transaction. The current status is the latest public claim of the State (as validated and
 * published) or of OHCHR; independent assessments are shown beside it, never merged into it.
 */
@Injectable()
export class StatusEventsService {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, event: NewStatusEvent): Promise<void> {
    await manager.query(
      `INSERT INTO status_event (recommendation_id, party, status, effective_on, source, source_id, public)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [event.recommendationId, event.party, event.status, event.effectiveOn, event.source, event.sourceId, event.public],
    );
    await this.refreshCurrentStatus(manager, [event.recommendationId]);
  }

  /**
   * Recomputes the current status of the given recommendations from their public State/OHCHR claims
   * in force today (the application's clock: a claim dated in the future does not count yet).
   */
  async refreshCurrentStatus(manager: EntityManager, recommendationIds: readonly number[]): Promise<void> {
    await manager.query(
      `UPDATE recommendation r SET current_status = coalesce(latest.status, 'no_information')
       FROM (SELECT id FROM unnest($1::int[]) AS id) ids
       LEFT JOIN LATERAL (
         SELECT e.status FROM status_event e
         WHERE e.recommendation_id = ids.id AND e.public AND e.party IN ('state', 'ohchr') AND e.effective_on <= $2::date
         ORDER BY e.effective_on DESC, e.recorded_at DESC, e.id DESC LIMIT 1
       ) latest ON true
       WHERE r.id = ids.id`,
      [recommendationIds, this.clock.today()],
    );
  }
}
