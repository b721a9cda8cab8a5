import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ImplementationStatus, ReportStatus, ReportVisibility, StakeholderKind } from '@tracker/domain';
import type { ReportListQueryDto } from './dto/report-create.dto';

export interface ReportRow {
  id: number;
  state_iso3: string;
  state_name: string;
  status: ReportStatus;
  title: string;
  narrative: string;
  measures_taken: string;
  period_from: string;
  period_to: string;
  submitted_on: string | null;
  published_on: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  recommendation_count: number;
}

export interface ItemRow {
  recommendation_id: number;
  claimed_status: ImplementationStatus;
  body_code: string;
  document_symbol: string | null;
  paragraph: string | null;
  text: string;
  language: string;
}

export interface EvidenceRow {
  id: number;
  kind: 'file' | 'link';
  title: string;
  url: string | null;
  file_name: string | null;
  content_type: string | null;
  size_bytes: string | null;
  sha256: string | null;
  storage_key: string | null;
  created_at: Date;
}

export interface StepRow {
  action: string;
  from_status: ReportStatus | null;
  to_status: ReportStatus;
  comments: string | null;
  on_date: string;
  at: Date;
}

const DATE = (column: string): string => `to_char(${column}, 'YYYY-MM-DD')`;
const SELECT = `SELECT ir.id, trim(ir.state_iso3) AS state_iso3, s.name AS state_name, ir.status, ir.title, ir.narrative, ir.measures_taken,
  ${DATE('ir.period_from')} AS period_from, ${DATE('ir.period_to')} AS period_to, ${DATE('ir.submitted_on')} AS submitted_on,
  ${DATE('ir.published_on')} AS published_on, ir.version, ir.created_at, ir.updated_at,
  (SELECT count(*)::int FROM implementation_report_item i WHERE i.report_id = ir.id) AS recommendation_count
  FROM implementation_report ir JOIN state s ON s.iso3 = ir.state_iso3`;

@Injectable()
export class ReportsRepository {
  async findOne(manager: EntityManager, id: number, lock = false): Promise<ReportRow | null> {
    if (lock) await manager.query(`SELECT 1 FROM implementation_report WHERE id = $1 FOR UPDATE`, [id]);
    const rows: ReportRow[] = await manager.query(`${SELECT} WHERE ir.id = $1 AND ir.archived_at IS NULL`, [id]);
    return rows[0] ?? null;
  }

  async items(manager: EntityManager, id: number): Promise<ItemRow[]> {
    return manager.query(
      `SELECT i.recommendation_id, i.claimed_status, r.body_code, r.document_symbol, r.paragraph, r.text, r.language
       FROM implementation_report_item i JOIN recommendation r ON r.id = i.recommendation_id WHERE i.report_id = $1 ORDER BY i.recommendation_id`,
      [id],
    );
  }

  async institutions(manager: EntityManager, id: number): Promise<{ id: number; name: string; kind: StakeholderKind }[]> {
    return manager.query(
      `SELECT s.id, s.name, s.kind FROM implementation_report_institution l JOIN stakeholder s ON s.id = l.stakeholder_id WHERE l.report_id = $1 ORDER BY s.name`,
      [id],
    );
  }

  async evidence(manager: EntityManager, id: number): Promise<EvidenceRow[]> {
    return manager.query(
      `SELECT id, kind, title, url, file_name, content_type, size_bytes, sha256, storage_key, created_at FROM report_evidence
       WHERE report_id = $1 AND archived_at IS NULL ORDER BY id`,
      [id],
    );
  }

  async steps(manager: EntityManager, id: number): Promise<StepRow[]> {
    return manager.query(
      `SELECT action, from_status, to_status, comments, ${DATE('on_date')} AS on_date, at FROM report_transition WHERE report_id = $1 ORDER BY id`,
      [id],
    );
  }

  /** A page of the reports the visibility allows (newest change first), and how many there are. */
  async page(manager: EntityManager, visibility: ReportVisibility, query: ReportListQueryDto, limit: number, offset: number): Promise<{ rows: ReportRow[]; total: number }> {
    const where = `ir.archived_at IS NULL
      AND ($1::bool OR ir.status = 'published' OR ir.state_iso3 = $2::char(3))
      AND ($3::text[] IS NULL OR trim(ir.state_iso3) = ANY($3::text[]))
      AND ($4::text[] IS NULL OR ir.status = ANY($4::text[]))
      AND ($5::int IS NULL OR EXISTS (SELECT 1 FROM implementation_report_item i WHERE i.report_id = ir.id AND i.recommendation_id = $5::int))`;
    const params = [visibility.all, visibility.ownStateIso3, query.state ?? null, query.status ?? null, query.recommendationId ?? null];
    const rows: ReportRow[] = await manager.query(`${SELECT} WHERE ${where} ORDER BY ir.updated_at DESC, ir.id DESC LIMIT $6 OFFSET $7`, [...params, limit, offset]);
    const count: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM implementation_report ir WHERE ${where}`, params);
    return { rows, total: count[0]?.n ?? 0 };
  }
}
