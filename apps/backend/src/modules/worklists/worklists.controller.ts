import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { AssignmentCreateDto, AssignmentResultDto, WorklistDto, WorklistQueryDto } from './dto/worklist.dto';
import { WorklistsService } from './worklists.service';

const idPipe = new ParseIntPipe({ errorHttpStatusCode: 400 });

@ApiTags('follow-up')
@Controller()
export class WorklistsController {
  constructor(private readonly service: WorklistsService) {}

  @Post('stakeholders/:id/assignments')
  @HttpCode(200)
  @ApiOperation({ operationId: 'assignStakeholder', summary: 'Give the stakeholder a role (lead, partner, monitor) on every recommendation the filter selects.' })
  @ApiOkResponse({ type: AssignmentResultDto })
  @ApiBadRequestResponse({ description: 'A filter value is invalid, or the filter selects too many recommendations.' })
  @ApiNotFoundResponse()
  assign(@Param('id', idPipe) id: number, @Body() dto: AssignmentCreateDto, @CurrentActor() actor: Actor): Promise<AssignmentResultDto> {
    return this.service.assign(actor, id, dto);
  }

  @Get('stakeholders/:id/worklist')
  @ApiOperation({ operationId: 'getStakeholderWorklist', summary: 'The stakeholder’s recommendations with their status and next deadline, overdue first.' })
  @ApiOkResponse({ type: WorklistDto })
  @ApiNotFoundResponse()
  worklist(@Param('id', idPipe) id: number, @Query() query: WorklistQueryDto): Promise<WorklistDto> {
    return this.service.forStakeholder(id, query);
  }

  @Get('worklist')
  @ApiOperation({ operationId: 'getMyWorklist', summary: 'The worklist of the caller’s organisation (monitors) or institutions (focal points).' })
  @ApiOkResponse({ type: WorklistDto })
  @ApiUnauthorizedResponse()
  mine(@Query() query: WorklistQueryDto, @CurrentActor() actor: Actor): Promise<WorklistDto> {
    return this.service.mine(actor, query);
  }
}
