import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { GradeCreateDto, GradeDto, StatusOverviewDto, StatusQueryDto } from './dto/follow-up.dto';
import { FollowUpService } from './follow-up.service';

const idPipe = new ParseIntPipe({ errorHttpStatusCode: 400 });

@ApiTags('follow-up')
@Controller('recommendations/:id')
export class FollowUpController {
  constructor(private readonly service: FollowUpService) {}

  @Get('status')
  @ApiOperation({ operationId: 'getRecommendationStatus', summary: 'Status per asserting party as of a date, the disagreements with the State’s claim, the claims over time and the grades.' })
  @ApiOkResponse({ type: StatusOverviewDto })
  @ApiBadRequestResponse({ description: 'asOf is not a date.' })
  @ApiNotFoundResponse()
  status(@Param('id', idPipe) id: number, @Query() query: StatusQueryDto, @CurrentActor() actor: Actor): Promise<StatusOverviewDto> {
    return this.service.status(actor, id, query.asOf);
  }

  @Post('grades')
  @ApiOperation({ operationId: 'addRecommendationGrade', summary: 'Record a treaty body’s follow-up grade of the recommendation, with its scale (OHCHR).' })
  @ApiCreatedResponse({ type: GradeDto })
  @ApiBadRequestResponse({ description: 'Not a grade of the scale, or not a treaty-body recommendation.' })
  @ApiNotFoundResponse()
  addGrade(@Param('id', idPipe) id: number, @Body() dto: GradeCreateDto, @CurrentActor() actor: Actor): Promise<GradeDto> {
    return this.service.addGrade(actor, id, dto);
  }
}
