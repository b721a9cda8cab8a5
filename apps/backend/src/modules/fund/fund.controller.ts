import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, Res, StreamableFile, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
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
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import {
  ArchiveDto,
  AssistanceRequestCreateDto,
  AssistanceRequestUpdateDto,
  AssistanceTransitionDto,
  DisbursementCreateDto,
  DisbursementVoidDto,
  DocumentCreateDto,
  DocumentUploadDto,
} from './dto/fund-create.dto';
import { FundAggregatesQueryDto, FundListQueryDto } from './dto/fund-query.dto';
import { AssistanceRequestDto, AssistanceRequestPageDto, FundAggregatesDto, LinkedRecommendationsDto } from './dto/fund-response.dto';
import { FundDocumentLimitFilter } from './fund-document-limit.filter';
import { FundService, type UploadedDocumentFile } from './fund.service';

const idPipe = new ParseIntPipe({ errorHttpStatusCode: 400 });

/** Voluntary Fund assistance requests. Who may do what is decided in FundService with the rules of libs/domain. */
@ApiTags('fund')
@Controller('fund')
export class FundController {
  constructor(private readonly service: FundService) {}

  @Get('requests')
  @ApiOperation({ operationId: 'listAssistanceRequests', summary: 'Requests the caller may see (approved and published ones for the public), newest first.' })
  @ApiOkResponse({ type: AssistanceRequestPageDto })
  @ApiBadRequestResponse({ description: 'A filter value is invalid; the body names the field.' })
  list(@Query() query: FundListQueryDto, @CurrentActor() actor: Actor): Promise<AssistanceRequestPageDto> {
    return this.service.list(actor, query);
  }

  @Get('aggregates')
  @ApiOperation({
    operationId: 'fundAggregates',
    summary: 'The Fund page’s figures, computed in PostgreSQL over the requests the caller may see: counts by status, reporting year, region and activity type; amounts requested, approved and disbursed over time per currency.',
  })
  @ApiOkResponse({ type: FundAggregatesDto })
  aggregates(@Query() query: FundAggregatesQueryDto, @CurrentActor() actor: Actor): Promise<FundAggregatesDto> {
    return this.service.aggregates(actor, query);
  }

  @Post('requests')
  @ApiOperation({ operationId: 'createAssistanceRequest', summary: 'Draft a request: a State focal point for its own State, an OHCHR officer for any State.' })
  @ApiCreatedResponse({ type: AssistanceRequestDto })
  @ApiBadRequestResponse({ description: 'Invalid values, a negative amount, a recommendation of another State; the body names each field and reason.' })
  @ApiForbiddenResponse()
  create(@Body() dto: AssistanceRequestCreateDto, @CurrentActor() actor: Actor): Promise<AssistanceRequestDto> {
    return this.service.create(actor, dto);
  }

  @Get('requests/:id')
  @ApiOperation({ operationId: 'getAssistanceRequest', summary: 'One request with its recommendations, partners, disbursements, documents, history and the caller’s allowed actions.' })
  @ApiOkResponse({ type: AssistanceRequestDto })
  @ApiNotFoundResponse({ description: 'No such request, or one the caller may not see.' })
  get(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<AssistanceRequestDto> {
    return this.service.get(actor, id);
  }

  @Patch('requests/:id')
  @ApiOperation({ operationId: 'updateAssistanceRequest', summary: 'Change a draft; `version` guards against lost updates.' })
  @ApiOkResponse({ type: AssistanceRequestDto })
  @ApiConflictResponse({ description: 'Not a draft any more, or changed since it was read.' })
  @ApiNotFoundResponse()
  update(@Param('id', idPipe) id: number, @Body() dto: AssistanceRequestUpdateDto, @CurrentActor() actor: Actor): Promise<AssistanceRequestDto> {
    return this.service.update(actor, id, dto);
  }

  @Post('requests/:id/transitions')
  @HttpCode(200)
  @ApiOperation({ operationId: 'transitionAssistanceRequest', summary: 'Take a step of the lifecycle (submit, start_review, return, approve with an amount, decline, start_implementation, complete, report).' })
  @ApiOkResponse({ type: AssistanceRequestDto })
  @ApiBadRequestResponse({ description: 'A refusal without its `reason`, or an amount rule broken; the body names the field.' })
  @ApiForbiddenResponse({ description: 'The caller’s role may not take this step.' })
  @ApiConflictResponse({ description: 'The step does not apply to the current status, or the version is stale.' })
  @ApiUnprocessableEntityResponse({ description: 'Submitting a draft that lacks consent, a description, a linked recommendation or an amount.' })
  @ApiNotFoundResponse()
  transition(@Param('id', idPipe) id: number, @Body() dto: AssistanceTransitionDto, @CurrentActor() actor: Actor): Promise<AssistanceRequestDto> {
    return this.service.transition(actor, id, dto);
  }

  @Post('requests/:id/disbursements')
  @ApiOperation({ operationId: 'addAssistanceDisbursement', summary: 'Record money paid out on an approved request (OHCHR); never more than approved in total.' })
  @ApiCreatedResponse({ type: AssistanceRequestDto })
  @ApiBadRequestResponse({ description: 'An amount rule broken; the body names the field and reason.' })
  @ApiConflictResponse({ description: 'The request is not approved, or already reported.' })
  @ApiNotFoundResponse()
  addDisbursement(@Param('id', idPipe) id: number, @Body() dto: DisbursementCreateDto, @CurrentActor() actor: Actor): Promise<AssistanceRequestDto> {
    return this.service.addDisbursement(actor, id, dto);
  }

  @Post('requests/:id/disbursements/:disbursementId/void')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'voidAssistanceDisbursement',
    summary: 'Void a disbursement entered by mistake (OHCHR officers), with a reason: it stays on record, struck out, and no longer counts; record the right one if money was paid.',
  })
  @ApiOkResponse({ type: AssistanceRequestDto })
  @ApiBadRequestResponse({ description: 'No reason given; the body names the field.' })
  @ApiConflictResponse({ description: 'The disbursement was already voided.' })
  @ApiNotFoundResponse()
  voidDisbursement(
    @Param('id', idPipe) id: number,
    @Param('disbursementId', idPipe) disbursementId: number,
    @Body() dto: DisbursementVoidDto,
    @CurrentActor() actor: Actor,
  ): Promise<AssistanceRequestDto> {
    return this.service.voidDisbursement(actor, id, disbursementId, dto);
  }

  @Post('requests/:id/publish')
  @HttpCode(200)
  @ApiOperation({ operationId: 'publishAssistanceRequest', summary: 'Publish an approved request (OHCHR): the public sees it from then on.' })
  @ApiOkResponse({ type: AssistanceRequestDto })
  @ApiConflictResponse()
  @ApiNotFoundResponse()
  publish(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<AssistanceRequestDto> {
    return this.service.publish(actor, id);
  }

  @Post('requests/:id/archive')
  @HttpCode(204)
  @ApiOperation({ operationId: 'archiveAssistanceRequest', summary: 'Archive a draft (those who may edit it); nothing is deleted.' })
  @ApiNoContentResponse()
  @ApiConflictResponse()
  @ApiNotFoundResponse()
  async archive(@Param('id', idPipe) id: number, @Body() dto: ArchiveDto, @CurrentActor() actor: Actor): Promise<void> {
    await this.service.archive(actor, id, dto);
  }

  @Get('requests/:id/recommendations')
  @ApiOperation({ operationId: 'getAssistanceRecommendations', summary: 'The linked recommendations with their status timeline and which moved during and after the assistance.' })
  @ApiOkResponse({ type: LinkedRecommendationsDto })
  @ApiNotFoundResponse()
  recommendations(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<LinkedRecommendationsDto> {
    return this.service.linkedRecommendations(actor, id);
  }

  @Post('requests/:id/documents')
  @UseInterceptors(FileInterceptor('file'))
  @UseFilters(FundDocumentLimitFilter)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: DocumentUploadDto })
  @ApiOperation({ operationId: 'addAssistanceDocument', summary: 'Attach a file (kept privately, with its SHA-256) or a link.' })
  @ApiCreatedResponse({ type: AssistanceRequestDto })
  @ApiBadRequestResponse({ description: 'No file and no link, an empty file or a type not accepted; the body names the field.' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than FUND_DOCUMENT_MAX_MB.' })
  @ApiNotFoundResponse()
  addDocument(
    @Param('id', idPipe) id: number,
    @UploadedFile() file: UploadedDocumentFile | undefined,
    @Body() dto: DocumentCreateDto,
    @CurrentActor() actor: Actor,
  ): Promise<AssistanceRequestDto> {
    return this.service.addDocument(actor, id, file, dto);
  }

  @Get('requests/:id/documents/:documentId')
  @ApiOperation({ operationId: 'downloadAssistanceDocument', summary: 'The stored file of a document, for those who may read the request.' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse()
  async download(
    @Param('id', idPipe) id: number,
    @Param('documentId', idPipe) documentId: number,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.service.readDocument(actor, id, documentId);
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('Content-Length', String(file.sizeBytes));
    return new StreamableFile(file.stream);
  }

  @Post('requests/:id/documents/:documentId/archive')
  @HttpCode(200)
  @ApiOperation({ operationId: 'archiveAssistanceDocument', summary: 'Archive a document (OHCHR or the State’s focal point); the file is kept.' })
  @ApiOkResponse({ type: AssistanceRequestDto })
  @ApiNotFoundResponse()
  archiveDocument(
    @Param('id', idPipe) id: number,
    @Param('documentId', idPipe) documentId: number,
    @Body() dto: ArchiveDto,
    @CurrentActor() actor: Actor,
  ): Promise<AssistanceRequestDto> {
    return this.service.archiveDocument(actor, id, documentId, dto);
  }
}
