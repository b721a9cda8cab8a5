import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  IMPLEMENTATION_STATUSES,
  IMPLEMENTATION_STATUS_LABELS,
  MECHANISM_KINDS,
  MECHANISM_LABELS,
  RESPONSES,
  RESPONSE_LABELS,
  STAKEHOLDER_KINDS,
  STAKEHOLDER_KIND_LABELS,
  UPR_CYCLES,
} from '@tracker/domain';
import type { ReferenceDto } from './dto/reference-response.dto';

@Injectable()
export class ReferenceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Vocabularies as stored (themes etc. can grow beyond the seeded lists). */
  async all(): Promise<ReferenceDto> {
    const [bodies, themes, affectedPersons, sdgs] = await Promise.all([
      this.dataSource.query(`SELECT code, name, mechanism, treaty FROM body ORDER BY code`),
      this.dataSource.query(`SELECT code, name FROM theme ORDER BY name`),
      this.dataSource.query(`SELECT code, name FROM affected_person ORDER BY name`),
      this.dataSource.query(`SELECT code, goal, kind, title FROM sdg ORDER BY goal, kind, string_to_array(code, '.')`),
    ]);
    return {
      mechanisms: MECHANISM_KINDS.map((code) => ({ code, name: MECHANISM_LABELS[code] })),
      bodies,
      cycles: UPR_CYCLES.map((c) => ({ cycle: c.cycle, firstSession: c.firstSession, lastSession: c.lastSession, label: `Cycle ${c.cycle} (${c.period})` })),
      responses: RESPONSES.map((code) => ({ code, name: RESPONSE_LABELS[code] })),
      statuses: IMPLEMENTATION_STATUSES.map((code) => ({ code, name: IMPLEMENTATION_STATUS_LABELS[code] })),
      themes,
      affectedPersons,
      sdgs,
      stakeholderKinds: STAKEHOLDER_KINDS.map((code) => ({ code, name: STAKEHOLDER_KIND_LABELS[code] })),
    };
  }
}
