import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecommendationCreateDto, ResponseCreateDto } from './dto/recommendation-create.dto';
import { RecommendationFilterDto, RecommendationListQueryDto } from './dto/recommendation-query.dto';
import { FacetsDto, RecommendationDto, RecommendationPageDto } from './dto/recommendation-response.dto';
import { RecommendationUpdateDto } from './dto/recommendation-update.dto';
import { RecommendationsService } from './recommendations.service';

const idPipe = new ParseIntPipe({ errorHttpStatusCode: 400 });

@ApiTags('recommendations')
@Controller('recommendations')
export class RecommendationsController {
  constructor(private readonly service: RecommendationsService) {}

  @Get()
  @ApiOperation({ operationId: 'listRecommendations', summary: 'Filter, search and page through recommendations (keyset pagination, newest first).' })
  @ApiOkResponse({ type: RecommendationPageDto })
  @ApiBadRequestResponse({ description: 'A filter value is invalid; the body names the field.' })
  list(@Query() query: RecommendationListQueryDto): Promise<RecommendationPageDto> {
    return this.service.list(query);
  }

  @Get('facets')
  @ApiOperation({ operationId: 'recommendationFacets', summary: 'Counts per filter value, each with the other filters applied.' })
  @ApiOkResponse({ type: FacetsDto })
  facets(@Query() filter: RecommendationFilterDto): Promise<FacetsDto> {
    return this.service.facets(filter);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getRecommendation', summary: 'One recommendation with its response history, links and stakeholders.' })
  @ApiOkResponse({ type: RecommendationDto })
  @ApiNotFoundResponse()
  get(@Param('id', idPipe) id: number): Promise<RecommendationDto> {
    return this.service.get(id);
  }

  @Post()
  @ApiOperation({ operationId: 'createRecommendation', summary: 'Record a recommendation.' })
  @ApiOkResponse({ type: RecommendationDto })
  @ApiBadRequestResponse({ description: 'Invalid or unknown values; the body names each field and reason.' })
  create(@Body() dto: RecommendationCreateDto, @CurrentActor() actor: Actor): Promise<RecommendationDto> {
    return this.service.create(actor, dto);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateRecommendation', summary: 'Change a recommendation; `version` guards against lost updates.' })
  @ApiOkResponse({ type: RecommendationDto })
  @ApiConflictResponse({ description: 'The record changed since it was read; the body carries the current version.' })
  @ApiNotFoundResponse()
  update(@Param('id', idPipe) id: number, @Body() dto: RecommendationUpdateDto, @CurrentActor() actor: Actor): Promise<RecommendationDto> {
    return this.service.update(actor, id, dto);
  }

  @Post(':id/responses')
  @HttpCode(201)
  @ApiOperation({ operationId: 'addRecommendationResponse', summary: 'Append a position of the State under review to the response history.' })
  @ApiOkResponse({ type: RecommendationDto })
  @ApiNotFoundResponse()
  addResponse(@Param('id', idPipe) id: number, @Body() dto: ResponseCreateDto, @CurrentActor() actor: Actor): Promise<RecommendationDto> {
    return this.service.addResponse(actor, id, dto);
  }
}
