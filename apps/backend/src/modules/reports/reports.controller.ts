import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, Res, StreamableFile, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { EvidenceFileFieldsDto, EvidenceLinkCreateDto, EvidenceUploadDto, ReportCreateDto, ReportListQueryDto, ReportTransitionDto, ReportUpdateDto } from './dto/report-create.dto';
import { ReportEvidenceDto, ReportDto, ReportPageDto } from './dto/report-response.dto';
import { EvidenceLimitFilter } from './evidence-limit.filter';
import { ReportsService, type UploadedEvidenceFile } from './reports.service';

const idPipe = new ParseIntPipe({ errorHttpStatusCode: 400 });

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly service: ReportsService) {}

  @Get()
  @ApiOperation({ operationId: 'listReports', summary: 'Implementation reports the caller may read (published ones for the public), latest change first.' })
  @ApiOkResponse({ type: ReportPageDto })
  list(@Query() query: ReportListQueryDto, @CurrentActor() actor: Actor): Promise<ReportPageDto> {
    return this.service.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getReport' })
  @ApiOkResponse({ type: ReportDto })
  @ApiForbiddenResponse({ description: 'An unpublished report of another State.' })
  @ApiNotFoundResponse()
  get(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<ReportDto> {
    return this.service.get(actor, id);
  }

  @Post()
  @ApiOperation({ operationId: 'createReport', summary: 'Draft an implementation report (a State focal point, on its own State’s recommendations).' })
  @ApiCreatedResponse({ type: ReportDto })
  @ApiBadRequestResponse({ description: 'Invalid fields, or a recommendation of another State; the body names each field.' })
  @ApiForbiddenResponse({ description: 'Only State focal points file reports.' })
  create(@Body() dto: ReportCreateDto, @CurrentActor() actor: Actor): Promise<ReportDto> {
    return this.service.create(actor, dto);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateReport', summary: 'Change a draft or returned report; `version` guards against lost updates.' })
  @ApiOkResponse({ type: ReportDto })
  @ApiConflictResponse({ description: 'The report changed since it was read (the body carries the current one), or it is no longer editable.' })
  update(@Param('id', idPipe) id: number, @Body() dto: ReportUpdateDto, @CurrentActor() actor: Actor): Promise<ReportDto> {
    return this.service.update(actor, id, dto);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOperation({ operationId: 'transitionReport', summary: 'Submit (focal point), return with comments, validate or publish (OHCHR).' })
  @ApiOkResponse({ type: ReportDto })
  @ApiBadRequestResponse({ description: 'A return without comments.' })
  @ApiConflictResponse({ description: 'The action does not apply to the report’s status, or the report changed since it was read.' })
  transition(@Param('id', idPipe) id: number, @Body() dto: ReportTransitionDto, @CurrentActor() actor: Actor): Promise<ReportDto> {
    return this.service.transition(actor, id, dto);
  }

  @Post(':id/evidence/files')
  @UseInterceptors(FileInterceptor('file'))
  @UseFilters(EvidenceLimitFilter)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: EvidenceUploadDto })
  @ApiOperation({ operationId: 'addReportEvidenceFile', summary: 'Attach an evidence file (size and type limits: EVIDENCE_MAX_FILE_MB, EVIDENCE_TYPES).' })
  @ApiCreatedResponse({ type: ReportEvidenceDto })
  @ApiBadRequestResponse({ description: 'No file, an empty one, a type not accepted, or content that does not match its type.' })
  @ApiPayloadTooLargeResponse()
  addFile(@Param('id', idPipe) id: number, @UploadedFile() file: UploadedEvidenceFile | undefined, @Body() fields: EvidenceFileFieldsDto, @CurrentActor() actor: Actor): Promise<ReportEvidenceDto> {
    return this.service.addFile(actor, id, file, fields.title);
  }

  @Post(':id/evidence/links')
  @ApiOperation({ operationId: 'addReportEvidenceLink', summary: 'Attach a link as evidence.' })
  @ApiCreatedResponse({ type: ReportEvidenceDto })
  addLink(@Param('id', idPipe) id: number, @Body() dto: EvidenceLinkCreateDto, @CurrentActor() actor: Actor): Promise<ReportEvidenceDto> {
    return this.service.addLink(actor, id, dto);
  }

  @Delete(':id/evidence/:evidenceId')
  @HttpCode(204)
  @ApiOperation({ operationId: 'archiveReportEvidence', summary: 'Remove evidence from a draft or returned report (it is archived, not deleted).' })
  @ApiNoContentResponse()
  async archiveEvidence(@Param('id', idPipe) id: number, @Param('evidenceId', idPipe) evidenceId: number, @CurrentActor() actor: Actor): Promise<void> {
    await this.service.archiveEvidence(actor, id, evidenceId);
  }

  @Get(':id/evidence/:evidenceId/file')
  @ApiOperation({ operationId: 'downloadReportEvidence', summary: 'An evidence file, to those who may read the report (404 for anyone else).' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse()
  async download(@Param('id', idPipe) id: number, @Param('evidenceId', idPipe) evidenceId: number, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.service.download(actor, id, evidenceId);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('ETag', `"${file.sha256}"`);
    return new StreamableFile(file.content);
  }
}
