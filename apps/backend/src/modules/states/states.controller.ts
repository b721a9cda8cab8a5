import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StateCreateDto, StateUpdateDto } from './dto/state-create.dto';
import { StateDto } from './dto/state-response.dto';
import { StatesService } from './states.service';

@ApiTags('states')
@Controller('states')
export class StatesController {
  constructor(private readonly service: StatesService) {}

  @Get()
  @ApiOperation({ operationId: 'listStates', summary: 'UN Member and observer States, by name.' })
  @ApiOkResponse({ type: [StateDto] })
  list(): Promise<StateDto[]> {
    return this.service.list();
  }

  @Get(':iso3')
  @ApiOperation({ operationId: 'getState' })
  @ApiOkResponse({ type: StateDto })
  @ApiNotFoundResponse()
  get(@Param('iso3') iso3: string): Promise<StateDto> {
    return this.service.get(iso3);
  }

  @Post()
  @ApiOperation({ operationId: 'createState' })
  @ApiOkResponse({ type: StateDto })
  create(@Body() dto: StateCreateDto, @CurrentActor() actor: Actor): Promise<StateDto> {
    return this.service.create(actor, dto);
  }

  @Patch(':iso3')
  @ApiOperation({ operationId: 'updateState' })
  @ApiOkResponse({ type: StateDto })
  @ApiNotFoundResponse()
  update(@Param('iso3') iso3: string, @Body() dto: StateUpdateDto, @CurrentActor() actor: Actor): Promise<StateDto> {
    return this.service.update(actor, iso3, dto);
  }
}
