import { Controller, Get, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DeadlineDto } from './dto/deadline.dto';
import { OverdueFilterDto, OverduePageDto, OverdueQueryDto } from './dto/overdue.dto';
import { DeadlinesQueryService } from './deadlines-query.service';
import { OverdueService } from './overdue.service';

const idPipe = new ParseIntPipe({ errorHttpStatusCode: 400 });

@ApiTags('follow-up')
@Controller()
export class DeadlinesController {
  constructor(
    private readonly overdue: OverdueService,
    private readonly deadlines: DeadlinesQueryService,
  ) {}

  @Get('overdue')
  @ApiOperation({ operationId: 'listOverdue', summary: 'Recommendations whose deadline passed without a qualifying report, as of today (the application clock).' })
  @ApiOkResponse({ type: OverduePageDto })
  @ApiBadRequestResponse({ description: 'A filter value is invalid; the body names the field.' })
  list(@Query() query: OverdueQueryDto): Promise<OverduePageDto> {
    return this.overdue.list(query);
  }

  @Get('overdue/export.csv')
  @ApiOperation({ operationId: 'exportOverdueCsv', summary: 'The overdue list as CSV (UTF-8), with the same filters and order.' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  async export(@Query() filter: OverdueFilterDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const file = await this.overdue.exportCsv(filter);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    return file.body;
  }

  @Get('recommendations/:id/deadlines')
  @ApiOperation({ operationId: 'getRecommendationDeadlines', summary: 'The deadlines of a recommendation, how each was computed, and whether it is met or overdue today.' })
  @ApiOkResponse({ type: [DeadlineDto] })
  @ApiNotFoundResponse()
  forRecommendation(@Param('id', idPipe) id: number): Promise<DeadlineDto[]> {
    return this.deadlines.forRecommendation(id);
  }
}
