import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { DeadlinesService } from './deadlines.service';
import type { DeadlineDto } from './dto/deadline.dto';

/** Reading one recommendation's deadlines (public, like the recommendation itself). */
@Injectable()
export class DeadlinesQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlinesService,
    private readonly clock: Clock,
  ) {}

  async forRecommendation(id: number): Promise<DeadlineDto[]> {
    const found: unknown[] = await this.dataSource.query(`SELECT 1 FROM recommendation WHERE id = $1 AND archived_at IS NULL`, [id]);
    if (found.length === 0) throw new NotFoundException(`Recommendation ${id} not found`);
    return this.deadlines.forRecommendation(id, this.clock.today());
  }
}
