import { Inject, Injectable, Logger, NotFoundException, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { assistanceVisibility, cooperationAccess, type Actor } from '@tracker/domain';
import { Clock } from '../clock/clock';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { AggregateCache } from './aggregate-cache';
import { datedReviews } from './profile-timeline';
import { DashboardRepository, type ProgressRow } from './dashboard.repository';
import type { ComparisonQueryDto, DashboardFilterDto } from './dto/dashboard-filter.dto';
import type {
  ComparisonDto,
  HeadlineDto,
  HeadlineFigureDto,
  ProfileSection,
  ProgressDto,
  ProgressPointDto,
  StateProfileDto,
  StatusCountsDto,
} from './dto/dashboard-response.dto';

export interface DashboardOptions {
  /** Aggregates that took at least this long to compute are kept in memory while the data is unchanged. */
  readonly cacheMinMs: number;
  /** Compute the unfiltered overview and comparisons once the server has started (API processes). */
  readonly warmUp: boolean;
}

export const DASHBOARD_OPTIONS = Symbol('DASHBOARD_OPTIONS');

/** History older than this many years is folded into the first month of the progress series. */
const PROGRESS_YEARS = 25;

/** The filters as a stable cache key: keys sorted, empty filters left out, values sorted. */
export function filterKey(filter: DashboardFilterDto): string {
  const entries = Object.entries(filter)
    .filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => [key, Array.isArray(value) ? [...(value as unknown[])].map(String).sort() : value] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

function minusMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** Counts from the cumulative claims of a month: what no claim covers has no information. */
function progressPoint(row: ProgressRow): ProgressPointDto {
  const claimed = row.not_implemented + row.partially_implemented + row.fully_implemented;
  return {
    month: row.month,
    party: row.party_group,
    total: row.recommendations,
    noInformation: Math.max(0, row.recommendations - claimed),
    notImplemented: row.not_implemented,
    partiallyImplemented: row.partially_implemented,
    fullyImplemented: row.fully_implemented,
  };
}

function share(count: number, base: number): number {
  return base === 0 ? 0 : count / base;
}

function statusCounts(row: { total: number; no_information: number; not_implemented: number; partially_implemented: number; fully_implemented: number }): StatusCountsDto {
  return {
    total: row.total,
    noInformation: row.no_information,
    notImplemented: row.not_implemented,
    partiallyImplemented: row.partially_implemented,
    fullyImplemented: row.fully_implemented,
  };
}

interface PublicHeadline {
  readonly computedAt: string;
  readonly figures: HeadlineFigureDto[];
}

/**
 * The dashboard's aggregates: progress over time, headline figures, comparisons and State
 * profiles. Every figure is computed in PostgreSQL from public data only, whoever asks; sections
 * that are OHCHR's working material (flags, cooperation records) are added for those allowed to
 * read them and withheld from everyone else.
 */
@Injectable()
export class DashboardService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Dashboard');
  readonly cache: AggregateCache;
  private warming: Promise<void> = Promise.resolve();

  constructor(
    private readonly repository: DashboardRepository,
    @Inject(DASHBOARD_OPTIONS) private readonly options: DashboardOptions,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
  ) {
    this.cache = new AggregateCache({ minMsToCache: options.cacheMinMs, maxEntries: 200 }, (key, error) =>
      this.logger.error(`Recomputing ${key} failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  /**
   * Computes what the overview and the comparisons show unfiltered, without holding the start back:
   * on a large registry the first visitor then finds them ready (or joins the computation under way).
   */
  onApplicationBootstrap(): void {
    if (!this.options.warmUp) return;
    const today = this.today();
    this.warming = Promise.all([
      this.progress({}),
      this.cached('headline', {}, today, () => this.publicHeadline({}, today, minusMonths(today, 12))),
      this.comparison({ dimension: 'regional_group' }),
      this.comparison({ dimension: 'state' }),
    ]).then(
      () => undefined,
      (error: unknown) => this.logger.warn(`Warming the dashboard up failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.warming;
    await this.cache.settle();
  }

  /** Today's date (UTC) as the application's clock tells it. */
  today(): string {
    return this.clock.today();
  }

  /**
   * Deadlines recomputed where an input changed, as the overdue monitor does before it reads them.
   * A failure there (the recompute job could not be queued) leaves the figures as last computed
   * rather than failing the whole page.
   */
  private async freshDeadlines(): Promise<void> {
    try {
      await this.deadlines.ensureFresh();
    } catch (error) {
      this.logger.warn(`Deadlines not refreshed before reading them: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async cached<T>(name: string, filter: DashboardFilterDto, today: string, compute: () => Promise<T>): Promise<T> {
    const signature = await this.repository.dataSignature();
    return this.cache.get(`${name}:${today}:${filterKey(filter)}`, signature, compute);
  }

  async progress(filter: DashboardFilterDto): Promise<ProgressDto> {
    const today = this.today();
    return this.cached('progress', filter, today, async () => {
      const floor = `${minusMonths(today, PROGRESS_YEARS * 12).slice(0, 7)}-01`;
      const rows = await this.repository.progress(filter, today, floor);
      return { asOf: today, computedAt: new Date().toISOString(), points: rows.map(progressPoint) };
    });
  }

  async headline(actor: Actor, filter: DashboardFilterDto): Promise<HeadlineDto> {
    const today = this.today();
    const then = minusMonths(today, 12);
    await this.freshDeadlines();
    const base = await this.cached('headline', filter, today, () => this.publicHeadline(filter, today, then));
    const figures = [...base.figures];
    if (cooperationAccess(actor) === 'allow') {
      const flags = await this.repository.flagsAwaitingReview(filter, then);
      figures.push({ key: 'open_flags', kind: 'count', value: flags.now, previous: flags.then, count: flags.now, base: flags.now });
    }
    return { asOf: today, comparedWith: then, computedAt: base.computedAt, figures };
  }

  private async publicHeadline(filter: DashboardFilterDto, today: string, then: string): Promise<PublicHeadline> {
    const [now, implementedThen, responsesThen, overdue] = await Promise.all([
      this.repository.headlineNow(filter, then),
      this.repository.implementedThen(filter, then),
      this.repository.responsesThen(filter, then),
      this.repository.overdue(filter, today, then),
    ]);
    const figures: HeadlineFigureDto[] = [
      { key: 'recommendations', kind: 'count', value: now.total, previous: now.total_then, count: now.total, base: now.total },
      {
        key: 'supported_share',
        kind: 'share',
        value: share(now.supported, now.responded),
        previous: responsesThen.responded === 0 ? null : share(responsesThen.supported, responsesThen.responded),
        count: now.supported,
        base: now.responded,
      },
      {
        key: 'implemented_share',
        kind: 'share',
        value: share(now.implemented, now.total),
        previous: now.total_then === 0 ? null : share(implementedThen, now.total_then),
        count: now.implemented,
        base: now.total,
      },
      { key: 'overdue', kind: 'count', value: overdue.now, previous: overdue.then, count: overdue.now, base: overdue.now },
    ];
    return { computedAt: new Date().toISOString(), figures };
  }

  async comparison(query: ComparisonQueryDto): Promise<ComparisonDto> {
    const { dimension = 'regional_group', ...filter } = query;
    const today = this.today();
    return this.cached(`comparison.${dimension}`, filter, today, async () => {
      const rows = await this.repository.comparison(filter, dimension);
      return {
        dimension,
        asOf: today,
        computedAt: new Date().toISOString(),
        rows: rows.map((row) => ({ key: row.key, label: row.label, m49: row.m49, ...statusCounts(row), responded: row.responded, supported: row.supported })),
      };
    });
  }

  async profile(actor: Actor, iso3: string): Promise<StateProfileDto> {
    const state = await this.repository.state(iso3);
    if (state === null) throw new NotFoundException(`State ${iso3} not found`);
    const today = this.today();
    await this.freshDeadlines();
    const mayReadCooperation = cooperationAccess(actor) === 'allow';
    const withheld: ProfileSection[] = [];
    const restricted = async <T>(section: ProfileSection, load: () => Promise<T>): Promise<T | null> => {
      if (!mayReadCooperation) {
        withheld.push(section);
        return null;
      }
      return load();
    };
    const [mechanisms, reviewRows, deadlines, overdueReports, flags, ratifications, assistance] = await Promise.all([
      this.repository.byMechanism(iso3),
      this.repository.reviews(iso3),
      this.repository.deadlines(iso3, today),
      restricted('overdue_reports', () => this.repository.overdueReports(iso3, today)),
      restricted('flags', () => this.repository.flags(iso3)),
      restricted('ratifications', () => this.repository.ratifications(iso3)),
      this.repository.assistanceByStatus(iso3, assistanceVisibility(actor)),
    ]);
    const sum = (pick: (row: (typeof mechanisms)[number]) => number): number => mechanisms.reduce((total, row) => total + pick(row), 0);
    return {
      asOf: today,
      state: {
        iso3: state.iso3,
        iso2: state.iso2,
        m49: state.m49,
        name: state.name,
        regionalGroup: state.regional_group,
        m49Region: state.m49_region,
        ldc: state.ldc,
        lldc: state.lldc,
        sids: state.sids,
      },
      status: {
        total: sum((r) => r.total),
        noInformation: sum((r) => r.no_information),
        notImplemented: sum((r) => r.not_implemented),
        partiallyImplemented: sum((r) => r.partially_implemented),
        fullyImplemented: sum((r) => r.fully_implemented),
      },
      byMechanism: mechanisms.map((row) => ({ mechanism: row.mechanism, ...statusCounts(row) })),
      responses: {
        supported: sum((r) => r.supported),
        supportedInPart: sum((r) => r.supported_in_part),
        noted: sum((r) => r.noted),
        noResponse: sum((r) => (r.mechanism === 'upr' ? r.no_response : 0)),
      },
      reviews: datedReviews(reviewRows),
      deadlines: deadlines.map((row) => ({ kind: row.kind, body: row.body, dueOn: row.due_on, recommendations: row.recommendations, met: row.met, overdue: row.overdue })),
      overdueReports: overdueReports?.map((row) => ({ body: row.body, reportType: row.report_type, dueOn: row.due_on, daysLate: row.days_late })) ?? null,
      flags:
        flags?.map((row) => ({ id: row.id, ruleId: row.rule_id, status: row.status, severity: row.severity, persistent: row.persistent, lastSeenWindow: row.last_seen_window })) ??
        null,
      ratifications: ratifications ?? null,
      assistanceRequests: assistance,
      withheld,
    };
  }
}
