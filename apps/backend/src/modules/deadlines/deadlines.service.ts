import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { computeDeadlines, DEADLINE_KINDS, qualifyingReport, type Deadline, type QualifyingReport } from '@tracker/domain';
import type { FollowUpConfig } from '../../config/app-config';
import { JobName } from '../../queue/jobs';
import { QueueService } from '../../queue/queue.service';
import { deadlineContext, qualifyingDocument } from './deadline-inputs';
import { DeadlinesRepository, type DeadlineWrite } from './deadlines.repository';
import type { DeadlineDto } from './dto/deadline.dto';
import { FOLLOW_UP_CONFIG } from './follow-up-config';

/** Stale recommendations recomputed within a request before it reads deadlines; beyond, the job does it. */
const SYNC_LIMIT = 2_000;
const BATCH = 1_000;
/** Later than any document: the earliest qualifying document, whenever it came. */
const END_OF_TIME = '9999-12-31';

/**
 * Deadlines computed by the pure rules of libs/domain (`computeDeadlines`, `qualifyingReport`) from
 * what is recorded, and stored so that overdue lists are one indexed query. Recomputed in the same
 * transaction by the follow-up services, and for changes made elsewhere (registry, imports, UPR
 * reviews) from the `stale` marks the database triggers set.
 */
@Injectable()
export class DeadlinesService {
  private readonly logger = new Logger(DeadlinesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: DeadlinesRepository,
    @Inject(FOLLOW_UP_CONFIG) private readonly config: FollowUpConfig,
    private readonly queues: QueueService,
  ) {}

  /** Recomputes the deadlines of these recommendations in the caller's transaction. */
  async recompute(manager: EntityManager, ids: readonly number[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const inputs = await this.repository.inputs(manager, unique);
    const documents = new Map<number, QualifyingReport[]>();
    for (const row of await this.repository.documents(manager, unique)) {
      const list = documents.get(row.recommendation_id) ?? [];
      list.push(qualifyingDocument(row));
      documents.set(row.recommendation_id, list);
    }
    const writes: DeadlineWrite[] = [];
    for (const input of inputs) {
      const context = deadlineContext(input);
      if (context === null) continue;
      let deadlines: Deadline[];
      try {
        deadlines = computeDeadlines(context, this.config.deadlineSettings);
      } catch (error) {
        this.logger.warn(`Recommendation ${input.id}: no deadline computed (${error instanceof Error ? error.message : String(error)})`);
        continue;
      }
      for (const deadline of deadlines) {
        const met = qualifyingReport(deadline, documents.get(input.id) ?? [], END_OF_TIME);
        writes.push({
          recommendationId: input.id,
          kind: deadline.kind,
          dueOn: deadline.dueOn,
          opensOn: deadline.opensOn,
          qualifyingKinds: deadline.satisfiedBy?.reportKinds ?? [],
          graceDays: deadline.satisfiedBy?.graceDays ?? 0,
          voluntary: deadline.voluntary,
          basis: deadline.basis,
          source: deadline.source,
          metOn: met?.submittedOn ?? null,
          metBy: met?.id ?? null,
        });
      }
    }
    await this.repository.replace(manager, unique, writes);
  }

  /** Recomputes up to `limit` stale recommendations in one transaction; returns how many it did. */
  async refreshStale(limit = BATCH): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const claimed = await this.repository.claimStale(manager, limit, null);
      await this.recompute(manager, claimed);
      return claimed.length;
    });
  }

  /** Recomputes every stale recommendation, batch by batch (the recurring job). */
  async refreshAllStale(): Promise<number> {
    let total = 0;
    for (let done = await this.refreshStale(); done > 0; done = await this.refreshStale()) total += done;
    return total;
  }

  /**
   * Before deadlines are read: recompute what a change made stale, unless there is too much of it
   * (a large import), which the recompute job then does in the background.
   */
  async ensureFresh(): Promise<void> {
    const stale = await this.repository.countStale(this.dataSource.manager);
    if (stale === 0) return;
    if (stale <= SYNC_LIMIT) {
      await this.refreshStale(SYNC_LIMIT);
      return;
    }
    await this.queues.enqueue(JobName.RecomputeDeadlines, { runKey: `backlog-${new Date().toISOString().slice(0, 16)}` });
  }

  async forRecommendation(id: number, today: string): Promise<DeadlineDto[]> {
    await this.ensureFresh();
    const rows: { kind: DeadlineDto['kind']; due_on: string; opens_on: string; overdue_from: string | null; voluntary: boolean; basis: string; source: string; met_on: string | null; met_by: string | null; grace_days: number }[] =
      await this.dataSource.query(
        `SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, to_char(opens_on, 'YYYY-MM-DD') AS opens_on, to_char(overdue_from, 'YYYY-MM-DD') AS overdue_from,
                voluntary, basis, source, to_char(met_on, 'YYYY-MM-DD') AS met_on, met_by, grace_days
         FROM recommendation_deadline WHERE recommendation_id = $1 AND archived_at IS NULL ORDER BY array_position($2::text[], kind)`,
        [id, DEADLINE_KINDS],
      );
    return rows.map((r) => {
      const met = r.met_on !== null && r.met_on <= today;
      const overdue = r.overdue_from !== null && r.overdue_from <= today && !met;
      return {
        kind: r.kind,
        dueOn: r.due_on,
        opensOn: r.opens_on,
        milestone: r.overdue_from === null,
        voluntary: r.voluntary,
        graceDays: r.grace_days,
        basis: r.basis,
        source: r.source,
        metOn: met ? r.met_on : null,
        metBy: met ? r.met_by : null,
        overdue,
        daysLate: overdue ? Math.round((Date.parse(today) - Date.parse(r.due_on)) / 86_400_000) : null,
      };
    });
  }
}
