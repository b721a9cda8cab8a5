import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { FlagDetailDto, FlagListDto, FlagListQueryDto, FlagReviewDto, RulesDto, SweepDto, SweepRequestDto } from './dto/flag.dto';
import { FlagsService } from './flags.service';
import { SweepService } from './sweep.service';

const idPipe = new ParseIntPipe({ errorHttpStatusCode: 400 });

/** Non-cooperation flags, their review, and the sweeps that raise them. Reads: OHCHR officers and administrators. */
@ApiTags('flags')
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@ApiForbiddenResponse({ description: 'Not an OHCHR officer (or, for reads, an administrator).' })
@Controller('flags')
export class FlagsController {
  constructor(
    private readonly flags: FlagsService,
    private readonly sweeps: SweepService,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listFlags', summary: 'Flags by State, rule, status, severity; most severe first, with counts per status.' })
  @ApiOkResponse({ type: FlagListDto })
  list(@Query() query: FlagListQueryDto, @CurrentActor() actor: Actor): Promise<FlagListDto> {
    return this.flags.list(actor, query);
  }

  @Get('rules')
  @ApiOperation({ operationId: 'listFlagRules', summary: 'The rules, their sources, and the thresholds in effect.' })
  @ApiOkResponse({ type: RulesDto })
  rules(@CurrentActor() actor: Actor): RulesDto {
    return this.flags.rules(actor);
  }

  @Post('evaluate')
  @HttpCode(202)
  @ApiOperation({ operationId: 'evaluateFlags', summary: 'Evaluate now, for one State or all: queues a sweep and answers with its progress.' })
  @ApiAcceptedResponse({ type: SweepDto })
  @ApiBadRequestResponse({ description: 'Unknown State, or a date after today.' })
  @ApiServiceUnavailableResponse({ description: 'The job queue is unavailable.' })
  evaluate(@Body() dto: SweepRequestDto, @CurrentActor() actor: Actor): Promise<SweepDto> {
    return this.sweeps.request(actor, dto);
  }

  @Get('sweeps')
  @ApiOperation({ operationId: 'listSweeps', summary: 'The latest sweeps with their progress (States done / total), newest first.' })
  @ApiOkResponse({ type: [SweepDto] })
  sweepList(@CurrentActor() actor: Actor): Promise<SweepDto[]> {
    return this.sweeps.recent(actor);
  }

  @Get('sweeps/:id')
  @ApiOperation({ operationId: 'getSweep', summary: 'One sweep’s progress.' })
  @ApiOkResponse({ type: SweepDto })
  @ApiNotFoundResponse()
  sweep(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<SweepDto> {
    return this.sweeps.status(actor, id);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getFlag', summary: 'A flag with the windows it fired in, the evidence records, and its history.' })
  @ApiOkResponse({ type: FlagDetailDto })
  @ApiNotFoundResponse()
  get(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<FlagDetailDto> {
    return this.flags.get(actor, id);
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ operationId: 'reviewFlag', summary: 'Take under review, confirm, or dismiss with a reason (OHCHR officers).' })
  @ApiOkResponse({ type: FlagDetailDto })
  @ApiBadRequestResponse({ description: 'A dismissal without its reason; the body names the field.' })
  @ApiConflictResponse({ description: 'Not possible in the flag’s status, or changed since the version sent.' })
  @ApiNotFoundResponse()
  review(@Param('id', idPipe) id: number, @Body() dto: FlagReviewDto, @CurrentActor() actor: Actor): Promise<FlagDetailDto> {
    return this.flags.review(actor, id, dto);
  }
}
