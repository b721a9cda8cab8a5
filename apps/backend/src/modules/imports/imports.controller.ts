import { Body, Controller, Get, Header, HttpCode, Param, ParseIntPipe, Post, Query, StreamableFile, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { Readable } from 'node:stream';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { ImportCreateDto, ImportListQueryDto, ImportUploadDto } from './dto/import-create.dto';
import { ImportDto, ImportIssuePageDto, ImportPageDto } from './dto/import-response.dto';
import { ImportsService, type UploadedImportFile } from './imports.service';
import { UploadLimitFilter } from './upload-limit.filter';

const idPipe = new ParseIntPipe({ errorHttpStatusCode: 400 });

/** Every route needs the registry:write permission (OHCHR officers, administrators, their API tokens). */
@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly service: ImportsService) {}

  @Post()
  @HttpCode(202)
  @UseInterceptors(FileInterceptor('file'))
  @UseFilters(UploadLimitFilter)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportUploadDto })
  @ApiOperation({
    operationId: 'createImport',
    summary: 'Upload an export to import; answers at once with the import id, the work runs as a background job.',
    description: 'Formats are recognised by content: UPR Info database exports (.csv in any encoding, .xls), OHCHR matrices / thematic lists (.docx) and UHRI exports (.csv, .xlsx).',
  })
  @ApiAcceptedResponse({ type: ImportDto })
  @ApiBadRequestResponse({ description: 'No file, an empty file or a bad form field; the body names the field.' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than the upload limit (IMPORT_MAX_UPLOAD_MB).' })
  @ApiUnsupportedMediaTypeResponse({ description: 'The file is not a supported export, or it is damaged; the body gives the reason.' })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  @ApiForbiddenResponse({ description: 'Only OHCHR officers and administrators import files.' })
  @ApiServiceUnavailableResponse({ description: 'The job queue is unavailable; the import is recorded as failed.' })
  create(@UploadedFile() file: UploadedImportFile | undefined, @Body() dto: ImportCreateDto, @CurrentActor() actor: Actor): Promise<ImportDto> {
    return this.service.upload(actor, file, dto);
  }

  @Get()
  @ApiOperation({ operationId: 'listImports', summary: 'Imports, newest first.' })
  @ApiOkResponse({ type: ImportPageDto })
  list(@Query() query: ImportListQueryDto, @CurrentActor() actor: Actor): Promise<ImportPageDto> {
    return this.service.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getImport', summary: 'One import: status, progress (rows done / total, rows per second, errors) and summary.' })
  @ApiOkResponse({ type: ImportDto })
  @ApiNotFoundResponse()
  get(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<ImportDto> {
    return this.service.get(actor, id);
  }

  @Get(':id/issues')
  @ApiOperation({ operationId: 'listImportIssues', summary: 'The row-level report of an import, in file order: row, column, reason, severity.' })
  @ApiOkResponse({ type: ImportIssuePageDto })
  @ApiNotFoundResponse()
  issues(@Param('id', idPipe) id: number, @Query() query: ImportListQueryDto, @CurrentActor() actor: Actor): Promise<ImportIssuePageDto> {
    return this.service.issues(actor, id, query);
  }

  @Get(':id/report.csv')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ operationId: 'downloadImportReport', summary: 'The row-level report as a CSV file (Row, Column, Reason, Severity).' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse()
  async report(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const lines = await this.service.reportCsv(actor, id);
    return new StreamableFile(Readable.from(lines), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="import-${id}-report.csv"`,
    });
  }
}
