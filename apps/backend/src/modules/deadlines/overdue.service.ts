import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import { badRequest } from '../../common/validation';
import { Clock } from '../clock/clock';
import { DeadlinesService } from './deadlines.service';
import type { OverdueFilterDto, OverdueItemDto, OverduePageDto, OverdueQueryDto } from './dto/overdue.dto';
import { OverdueRepository, type OverdueRow } from './overdue.repository';

const DEFAULT_LIMIT = 50;
/** Rows in one CSV export; a larger selection must be narrowed. */
export const EXPORT_LIMIT = 50_000;

export function toOverdueItem(r: OverdueRow): OverdueItemDto {
  return {
    recommendationId: r.recommendation_id,
    stateIso3: r.state_iso3,
    stateName: r.state_name,
    mechanism: r.mechanism,
    body: r.body_code,
    documentSymbol: r.document_symbol,
    paragraph: r.paragraph,
    text: r.text,
    language: r.language,
    status: r.current_status,
    deadline: r.kind,
    dueOn: r.due_on,
    daysLate: r.days_late,
    voluntary: r.voluntary,
    basis: r.basis,
  };
}

/** The overdue monitor: public, like the registry (deadlines derive from published records). */
@Injectable()
export class OverdueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OverdueRepository,
    private readonly deadlines: DeadlinesService,
    private readonly clock: Clock,
  ) {}

  async list(query: OverdueQueryDto): Promise<OverduePageDto> {
    this.checkRange(query);
    await this.deadlines.ensureFresh();
    const today = this.clock.today();
    const manager = this.dataSource.manager;
    const rows = await this.repository.page(manager, query, today, query.limit ?? DEFAULT_LIMIT, query.offset ?? 0);
    const total = await this.repository.count(manager, query, today);
    const pending: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM recommendation_deadline_state WHERE stale`);
    return { asOf: today, items: rows.map(toOverdueItem), total, pendingRecomputation: pending[0]?.n ?? 0 };
  }

  async exportCsv(filter: OverdueFilterDto): Promise<{ filename: string; body: string }> {
    this.checkRange(filter);
    await this.deadlines.ensureFresh();
    const today = this.clock.today();
    const total = await this.repository.count(this.dataSource.manager, filter, today);
    if (total > EXPORT_LIMIT) throw badRequest([{ field: 'filter', reason: `selects ${total} overdue deadlines; narrow it to at most ${EXPORT_LIMIT} to export` }]);
    const rows = await this.repository.page(this.dataSource.manager, filter, today, null, 0);
    const body = stringify([
      ['recommendation_id', 'state', 'state_name', 'mechanism', 'body', 'document', 'paragraph', 'deadline', 'due_on', 'days_late', 'voluntary', 'status', 'text', 'basis', 'as_of'],
      ...rows.map((r) => [r.recommendation_id, r.state_iso3, r.state_name, r.mechanism, r.body_code, r.document_symbol ?? '', r.paragraph ?? '', r.kind, r.due_on, r.days_late, r.voluntary ? 'yes' : 'no', r.current_status, r.text, r.basis, today]),
    ]);
    return { filename: `overdue-${today}.csv`, body };
  }

  private checkRange(filter: OverdueFilterDto): void {
    if (filter.minDaysLate !== undefined && filter.maxDaysLate !== undefined && filter.minDaysLate > filter.maxDaysLate) {
      throw badRequest([{ field: 'maxDaysLate', reason: `must be at least minDaysLate (${filter.minDaysLate})` }]);
    }
  }
}
