import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { AssessmentsService } from './assessments.service';
import {
  AssessmentCreateDto,
  AssessmentDto,
  AssessmentExportQueryDto,
  AssessmentListQueryDto,
  AssessmentPageDto,
  AssessmentSourceDto,
  AssessmentUpdateDto,
} from './dto/assessment.dto';

const idPipe = new ParseIntPipe({ errorHttpStatusCode: 400 });

@ApiTags('assessments')
@Controller('assessments')
export class AssessmentsController {
  constructor(private readonly service: AssessmentsService) {}

  @Get()
  @ApiOperation({ operationId: 'listAssessments', summary: 'Assessments the caller may read (published, non-confidential ones for the public), newest first.' })
  @ApiOkResponse({ type: AssessmentPageDto })
  list(@Query() query: AssessmentListQueryDto, @CurrentActor() actor: Actor): Promise<AssessmentPageDto> {
    return this.service.list(actor, query);
  }

  @Get('export')
  @ApiOperation({ operationId: 'exportAssessments', summary: 'CSV of the assessments the caller may read; sources only for OHCHR (audited).' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  async export(@Query() query: AssessmentExportQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<string> {
    const file = await this.service.export(actor, query);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    return file.body;
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getAssessment' })
  @ApiOkResponse({ type: AssessmentDto })
  @ApiForbiddenResponse({ description: 'A State report that is not published, read by someone else.' })
  @ApiNotFoundResponse({ description: 'No such assessment, or one the caller may not know about.' })
  get(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<AssessmentDto> {
    return this.service.get(actor, id);
  }

  @Post()
  @ApiOperation({ operationId: 'createAssessment', summary: 'File an assessment: a monitor for its organisation, a State focal point on its own State.' })
  @ApiCreatedResponse({ type: AssessmentDto })
  @ApiForbiddenResponse()
  create(@Body() dto: AssessmentCreateDto, @CurrentActor() actor: Actor): Promise<AssessmentDto> {
    return this.service.create(actor, dto);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateAssessment', summary: 'Change a draft (its filing organisation only).' })
  @ApiOkResponse({ type: AssessmentDto })
  @ApiConflictResponse()
  @ApiNotFoundResponse()
  update(@Param('id', idPipe) id: number, @Body() dto: AssessmentUpdateDto, @CurrentActor() actor: Actor): Promise<AssessmentDto> {
    return this.service.update(actor, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ operationId: 'publishAssessment', summary: 'Publish after validation (OHCHR only).' })
  @ApiOkResponse({ type: AssessmentDto })
  @ApiNotFoundResponse()
  publish(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<AssessmentDto> {
    return this.service.publish(actor, id);
  }

  @Get(':id/source')
  @ApiOperation({ operationId: 'getAssessmentSource', summary: 'Who filed the assessment (OHCHR and the filer only); every read is audited.' })
  @ApiOkResponse({ type: AssessmentSourceDto })
  @ApiNotFoundResponse()
  source(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<AssessmentSourceDto> {
    return this.service.source(actor, id);
  }
}
