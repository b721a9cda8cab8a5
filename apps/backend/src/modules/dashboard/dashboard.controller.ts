import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { DashboardService } from './dashboard.service';
import { ComparisonQueryDto, DashboardFilterDto, StateParamDto } from './dto/dashboard-filter.dto';
import { ComparisonDto, HeadlineDto, ProgressDto, StateProfileDto } from './dto/dashboard-response.dto';

const BAD_FILTER = 'A filter value is invalid; the body names the field.';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly service: DashboardService) {}

  @Get('progress')
  @ApiOperation({
    operationId: 'dashboardProgress',
    summary: 'Implementation status of the filtered recommendations at the end of every month, per asserting party (the State; independent assessors). Public claims only.',
  })
  @ApiOkResponse({ type: ProgressDto })
  @ApiBadRequestResponse({ description: BAD_FILTER })
  progress(@Query() filter: DashboardFilterDto): Promise<ProgressDto> {
    return this.service.progress(filter);
  }

  @Get('headline')
  @ApiOperation({
    operationId: 'dashboardHeadline',
    summary: 'Headline figures of the filtered recommendations today and 12 months earlier: number, supported share, implemented share, overdue deadlines, flags awaiting review (OHCHR).',
  })
  @ApiOkResponse({ type: HeadlineDto })
  @ApiBadRequestResponse({ description: BAD_FILTER })
  headline(@Query() filter: DashboardFilterDto, @CurrentActor() actor: Actor): Promise<HeadlineDto> {
    return this.service.headline(actor, filter);
  }

  @Get('comparisons')
  @ApiOperation({ operationId: 'dashboardComparison', summary: 'Current status of the filtered recommendations per regional group, region, theme, SDG, UPR cycle, mechanism or State.' })
  @ApiOkResponse({ type: ComparisonDto })
  @ApiBadRequestResponse({ description: BAD_FILTER })
  comparison(@Query() query: ComparisonQueryDto): Promise<ComparisonDto> {
    return this.service.comparison(query);
  }

  @Get('states/:iso3')
  @ApiOperation({ operationId: 'dashboardStateProfile', summary: "A State's profile: its recommendations by mechanism and status, reviews, deadlines and, for OHCHR, its cooperation records and flags." })
  @ApiOkResponse({ type: StateProfileDto })
  @ApiBadRequestResponse({ description: 'The code is not an ISO 3166-1 alpha-3 code in capitals.' })
  @ApiNotFoundResponse()
  profile(@Param() params: StateParamDto, @CurrentActor() actor: Actor): Promise<StateProfileDto> {
    return this.service.profile(actor, params.iso3);
  }
}
