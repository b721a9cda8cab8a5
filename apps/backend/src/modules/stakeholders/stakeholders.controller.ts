import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Put, Query } from '@nestjs/common';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StakeholderCreateDto, StakeholderLinkDto, StakeholderListQueryDto, StakeholderUpdateDto } from './dto/stakeholder-create.dto';
import { StakeholderDetailDto, StakeholderDto } from './dto/stakeholder-response.dto';
import { StakeholdersService } from './stakeholders.service';

const idPipe = new ParseIntPipe({ errorHttpStatusCode: 400 });

@ApiTags('stakeholders')
@Controller('stakeholders')
export class StakeholdersController {
  constructor(private readonly service: StakeholdersService) {}

  @Get()
  @ApiOperation({ operationId: 'listStakeholders' })
  @ApiOkResponse({ type: [StakeholderDto] })
  list(@Query() query: StakeholderListQueryDto): Promise<StakeholderDto[]> {
    return this.service.list(query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getStakeholder', summary: 'A stakeholder with the recommendations it follows up.' })
  @ApiOkResponse({ type: StakeholderDetailDto })
  @ApiNotFoundResponse()
  get(@Param('id', idPipe) id: number): Promise<StakeholderDetailDto> {
    return this.service.get(id);
  }

  @Post()
  @ApiOperation({ operationId: 'createStakeholder' })
  @ApiOkResponse({ type: StakeholderDto })
  create(@Body() dto: StakeholderCreateDto, @CurrentActor() actor: Actor): Promise<StakeholderDto> {
    return this.service.create(actor, dto);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateStakeholder' })
  @ApiOkResponse({ type: StakeholderDto })
  @ApiConflictResponse()
  @ApiNotFoundResponse()
  update(@Param('id', idPipe) id: number, @Body() dto: StakeholderUpdateDto, @CurrentActor() actor: Actor): Promise<StakeholderDto> {
    return this.service.update(actor, id, dto);
  }

  @Put(':id/recommendations/:recommendationId')
  @ApiOperation({ operationId: 'linkStakeholderToRecommendation', summary: 'Give the stakeholder a role (lead, partner, monitor) on a recommendation.' })
  @ApiOkResponse({ type: StakeholderDetailDto })
  @ApiNotFoundResponse()
  link(
    @Param('id', idPipe) id: number,
    @Param('recommendationId', idPipe) recommendationId: number,
    @Body() dto: StakeholderLinkDto,
    @CurrentActor() actor: Actor,
  ): Promise<StakeholderDetailDto> {
    return this.service.link(actor, id, recommendationId, dto);
  }
}
