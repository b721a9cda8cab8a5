import { Inject, Injectable, Logger, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { COOPERATION_RULES, cooperationAccess, evaluateAll, evaluateNowAccess, STATE_BY_ISO3, windowFor, type Actor, type CooperationRuleId, type CooperationSettings, type EvaluationWindow } from '@tracker/domain';
import { enforce } from '../../common/access';
import { badRequest } from '../../common/validation';
import type { CooperationConfig } from '../../config/app-config';
import { JobName } from '../../queue/jobs';
import { QueueService } from '../../queue/queue.service';
import { AuditService } from '../audit/audit.service';
import { CooperationRecordsRepository } from '../cooperation/cooperation-records.repository';
import { OHCHR_ONLY } from '../cooperation/cooperation.service';
import type { SweepDto, SweepRequestDto } from './dto/flag.dto';
import { planFlagWrites } from './flag-plan';
import { FlagsRepository } from './flags.repository';

export const COOPERATION_CONFIG = Symbol('COOPERATION_CONFIG');

/** How long "evaluate now" waits for the queue before answering 503 (the queue's server may be down). */
const ENQUEUE_TIMEOUT_MS = 5_000;

/** A sweep or State that cannot be evaluated, whatever the number of retries. */
export class PermanentSweepError extends Error {}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

interface SweepRow {
  id: number;
  origin: 'schedule' | 'manual';
  window_key: string;
  as_of: string;
  state_iso3: string | null;
  total: number;
  created_at: Date;
  finished_at: Date | null;
  done: number;
  failed: number;
}

function toSweepDto(row: SweepRow): SweepDto {
  return {
    id: row.id,
    origin: row.origin,
    windowKey: row.window_key,
    asOf: row.as_of,
    stateIso3: row.state_iso3,
    total: row.total,
    done: row.done,
    failed: row.failed,
    running: row.finished_at === null,
    startedAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

const SWEEP_SQL = `
  SELECT s.id, s.origin, s.window_key, to_char(s.as_of, 'YYYY-MM-DD') AS as_of, s.state_iso3, s.total, s.created_at, s.finished_at,
         count(*) FILTER (WHERE ss.status = 'done')::int AS done, count(*) FILTER (WHERE ss.status = 'failed')::int AS failed
    FROM cooperation_sweep s LEFT JOIN cooperation_sweep_state ss ON ss.sweep_id = s.id`;

/**
 * Sweeps of the non-cooperation rules: opened on a schedule or asked for ("evaluate now"), fanned
 * out as one job per State, each of which evaluates the State's records (read set-based) and writes
 * its flags and evidence idempotently, marking its State done in the same transaction.
 */
@Injectable()
export class SweepService {
  private readonly logger = new Logger(SweepService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(COOPERATION_CONFIG) private readonly config: CooperationConfig,
    private readonly queues: QueueService,
    private readonly records: CooperationRecordsRepository,
    private readonly flags: FlagsRepository,
    private readonly audit: AuditService,
  ) {}

  get settings(): CooperationSettings {
    return this.config.settings;
  }

  /** "Evaluate now" for one State or all: opens a manual sweep and queues its fan-out. */
  async request(actor: Actor, dto: SweepRequestDto): Promise<SweepDto> {
    enforce(evaluateNowAccess(actor), 'Not found', 'Only OHCHR officers ask for an evaluation.');
    const today = todayUtc();
    const asOf = dto.asOf ?? today;
    if (asOf > today) throw badRequest([{ field: 'asOf', reason: `must not be after today (${today})` }]);
    if (dto.stateIso3 !== undefined) {
      const found: unknown[] = await this.dataSource.query(`SELECT 1 FROM state WHERE iso3 = $1`, [dto.stateIso3]);
      if (found.length === 0) throw badRequest([{ field: 'stateIso3', reason: `unknown State ${dto.stateIso3}` }]);
    }
    const window = windowFor(asOf, this.settings.window);
    const [{ id }] = await this.dataSource.query<{ id: number }[]>(
      `INSERT INTO cooperation_sweep (origin, window_key, as_of, state_iso3, requested_by) VALUES ('manual', $1, $2, $3, $4) RETURNING id`,
      [window.key, asOf, dto.stateIso3 ?? null, actor.kind === 'user' ? actor.userId : null],
    );
    try {
      await withTimeout(this.queues.enqueue(JobName.CooperationSweep, { sweepId: id }), ENQUEUE_TIMEOUT_MS);
    } catch (error) {
      const reason = `The evaluation could not be queued: ${error instanceof Error ? error.message : String(error)}`;
      this.logger.error(reason);
      await this.dataSource.query(`DELETE FROM cooperation_sweep WHERE id = $1`, [id]);
      throw new ServiceUnavailableException(reason);
    }
    return this.sweep(id);
  }

  async sweep(id: number): Promise<SweepDto> {
    const rows = await this.dataSource.query<SweepRow[]>(`${SWEEP_SQL} WHERE s.id = $1 GROUP BY s.id`, [id]);
    const row = rows[0];
    if (row === undefined) throw new NotFoundException(`Sweep ${id} not found`);
    return toSweepDto(row);
  }

  /** A sweep's progress, for those who read flags. */
  async status(actor: Actor, id: number): Promise<SweepDto> {
    enforce(cooperationAccess(actor), `Sweep ${id} not found`, OHCHR_ONLY);
    return this.sweep(id);
  }

  /** The latest sweeps with their progress, newest first, for those who read flags. */
  async recent(actor: Actor, limit = 20): Promise<SweepDto[]> {
    enforce(cooperationAccess(actor), 'Not found', OHCHR_ONLY);
    const rows = await this.dataSource.query<SweepRow[]>(`${SWEEP_SQL} GROUP BY s.id ORDER BY s.id DESC LIMIT $1`, [limit]);
    return rows.map(toSweepDto);
  }

  /**
   * The fan-out job: finds or opens its sweep (a scheduled job opens today's, keyed by its job id so
   * a retry finds it again), records the States to evaluate and queues one job per State.
   */
  async fanOut(sweepId: number | null, jobKey: string): Promise<{ sweepId: number; states: number }> {
    const id = sweepId ?? (await this.openScheduled(jobKey));
    const sweep = await this.sweepRow(id);
    const states: string[] =
      sweep.state_iso3 !== null
        ? [sweep.state_iso3]
        : (await this.dataSource.query<{ iso3: string }[]>(`SELECT iso3 FROM state WHERE un_member ORDER BY iso3`)).map((s) => s.iso3);
    await this.dataSource.query(
      `INSERT INTO cooperation_sweep_state (sweep_id, state_iso3, status) SELECT $1, unnest($2::text[]), 'pending' ON CONFLICT DO NOTHING`,
      [id, states],
    );
    await this.dataSource.query(`UPDATE cooperation_sweep SET total = $2 WHERE id = $1`, [id, states.length]);
    await this.queues.enqueueBulk(
      JobName.EvaluateState,
      states.map((stateIso3) => ({ sweepId: id, stateIso3, windowKey: sweep.window_key })),
    );
    return { sweepId: id, states: states.length };
  }

  private async openScheduled(jobKey: string): Promise<number> {
    const asOf = todayUtc();
    const window = windowFor(asOf, this.settings.window);
    await this.dataSource.query(
      `INSERT INTO cooperation_sweep (origin, job_key, window_key, as_of) VALUES ('schedule', $1, $2, $3) ON CONFLICT (job_key) DO NOTHING`,
      [jobKey, window.key, asOf],
    );
    const [row] = await this.dataSource.query<{ id: number }[]>(`SELECT id FROM cooperation_sweep WHERE job_key = $1`, [jobKey]);
    if (row === undefined) throw new Error(`Sweep of job ${jobKey} vanished`);
    return row.id;
  }

  private async sweepRow(id: number): Promise<SweepRow> {
    const rows = await this.dataSource.query<SweepRow[]>(`${SWEEP_SQL} WHERE s.id = $1 GROUP BY s.id`, [id]);
    const row = rows[0];
    if (row === undefined) throw new PermanentSweepError(`Sweep ${id} does not exist`);
    return row;
  }

  /**
   * The per-State job: evaluates every rule for the State as of the sweep's date and writes the
   * outcome; the State is marked done in the same transaction, so a job killed half-way leaves
   * nothing behind and its retry starts afresh. A duplicate delivery of a State already done is a no-op.
   */
  async evaluateState(sweepId: number, stateIso3: string): Promise<'evaluated' | 'already done'> {
    const sweep = await this.sweepRow(sweepId);
    if (!STATE_BY_ISO3.has(stateIso3) && (await this.dataSource.query<unknown[]>(`SELECT 1 FROM state WHERE iso3 = $1`, [stateIso3])).length === 0) {
      throw new PermanentSweepError(`Unknown State ${stateIso3}`);
    }
    const window = windowFor(sweep.as_of, this.settings.window);
    return this.dataSource.transaction(async (manager) => {
      await this.flags.lockState(manager, stateIso3);
      const [mine] = await manager.query<{ status: string }[]>(`SELECT status FROM cooperation_sweep_state WHERE sweep_id = $1 AND state_iso3 = $2 FOR UPDATE`, [sweepId, stateIso3]);
      if (mine?.status === 'done') return 'already done';
      await this.evaluateInto(manager, stateIso3, window);
      await manager.query(
        `INSERT INTO cooperation_sweep_state (sweep_id, state_iso3, status, finished_at) VALUES ($1, $2, 'done', now())
         ON CONFLICT (sweep_id, state_iso3) DO UPDATE SET status = 'done', error = NULL, finished_at = now()`,
        [sweepId, stateIso3],
      );
      await this.finishIfComplete(manager, sweepId);
      return 'evaluated';
    });
  }

  /** Evaluates the rules for one State in one window and writes flags, evidence, history, notifications and audit. */
  async evaluateInto(manager: EntityManager, stateIso3: string, window: EvaluationWindow): Promise<void> {
    const records = await this.records.forState(stateIso3, window.asOf, manager);
    const results = evaluateAll(records, window, this.settings);
    const plan = planFlagWrites({
      window,
      results,
      flags: await this.flags.storedFlags(manager, stateIso3),
      firings: await this.flags.storedFirings(manager, stateIso3),
      persistence: this.settings.persistence,
    });
    const changes = await this.flags.apply(manager, stateIso3, window, plan);
    const stateName = STATE_BY_ISO3.get(stateIso3)?.name ?? stateIso3;
    const ruleName = (id: CooperationRuleId): string => COOPERATION_RULES[id].name;
    await this.flags.notifyFollowers(
      manager,
      stateIso3,
      window.key,
      changes.map((c) => ({
        flagId: c.flagId,
        eventId: c.eventId,
        ruleId: c.ruleId,
        action: c.action,
        title: `${stateName}: ${c.action === 'raised' ? 'new' : 'reopened'} non-cooperation flag for review`,
        body: `"${ruleName(c.ruleId)}" ${c.action === 'raised' ? 'fired' : 'fired again after the flag was dismissed'} in ${window.key}. A flag is evidence for people to review, not a determination.`,
      })),
    );
    for (const change of changes) {
      await this.audit.record(manager, {
        action: change.action === 'raised' ? 'create' : 'update',
        entityType: 'cooperation_flag',
        entityId: change.flagId,
        changes: { status: { before: change.from, after: change.to }, window: { before: null, after: window.key } },
        actor: 'system:cooperation-sweep',
      });
    }
  }

  /** Records a State that cannot be evaluated; the sweep still finishes. */
  async markFailed(sweepId: number, stateIso3: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE cooperation_sweep_state SET status = 'failed', error = $3, finished_at = now() WHERE sweep_id = $1 AND state_iso3 = $2 AND status <> 'done'`,
        [sweepId, stateIso3, reason.slice(0, 2000)],
      );
      await this.finishIfComplete(manager, sweepId);
    });
  }

  /**
   * Marks the sweep finished when no State is pending. The sweep row is locked first: concurrent
   * evaluations of its last States then check one after the other, each statement seeing the
   * others' committed work (READ COMMITTED), so the last one to commit always finishes the sweep.
   */
  private async finishIfComplete(manager: EntityManager, sweepId: number): Promise<void> {
    await manager.query(`SELECT id FROM cooperation_sweep WHERE id = $1 FOR UPDATE`, [sweepId]);
    await manager.query(
      `UPDATE cooperation_sweep SET finished_at = now()
        WHERE id = $1 AND finished_at IS NULL AND total > 0
          AND NOT EXISTS (SELECT 1 FROM cooperation_sweep_state WHERE sweep_id = $1 AND status = 'pending')`,
      [sweepId],
    );
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the queue did not answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
