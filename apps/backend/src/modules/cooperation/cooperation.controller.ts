import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, UploadedFile, UseInterceptors, type Type } from '@nestjs/common';
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
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { COOPERATION_CSV_MAX_BYTES, CooperationImportService, type UploadedCsv } from './cooperation-import.service';
import type { CooperationKind } from './cooperation-kinds';
import { CooperationService } from './cooperation.service';
import { CooperationImportDto, CooperationListQueryDto, CooperationUploadDto } from './dto/cooperation-create.dto';
import { CooperationImportReportDto } from './dto/cooperation-response.dto';

const idPipe = new ParseIntPipe({ errorHttpStatusCode: 400 });

/**
 * The routes of one kind of cooperation record under /api/v1/cooperation/<path>: list, read,
 * create, update, archive, and CSV import with a row-level report. One controller class per kind,
 * made from the kind's spec so the eight kinds answer alike; bodies are validated as the kind's DTO.
 * Every route needs the registry:write permission (OHCHR officers, administrators).
 */
export function cooperationController(kind: CooperationKind): Type<unknown> {
  @ApiTags('cooperation')
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  @ApiForbiddenResponse({ description: 'Only OHCHR officers and administrators.' })
  @Controller(`cooperation/${kind.path}`)
  class KindController {
    constructor(
      readonly records: CooperationService,
      readonly imports: CooperationImportService,
    ) {}

    @Get()
    @ApiOperation({ operationId: `list${kind.many}`, summary: `${kind.many} (live records, newest first).` })
    @ApiOkResponse({ type: [kind.responseDto] })
    list(@Query() query: CooperationListQueryDto, @CurrentActor() actor: Actor): Promise<object[]> {
      return this.records.list(kind, actor, query);
    }

    @Get(':id')
    @ApiOperation({ operationId: `get${kind.one}` })
    @ApiOkResponse({ type: kind.responseDto })
    @ApiNotFoundResponse()
    get(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<object> {
      return this.records.get(kind, actor, id);
    }

    @Post()
    @ApiOperation({ operationId: `create${kind.one}` })
    @ApiBody({ type: kind.createDto })
    @ApiCreatedResponse({ type: kind.responseDto })
    @ApiBadRequestResponse({ description: 'A field is missing or wrong; the body names it and why.' })
    @ApiConflictResponse({ description: 'A live record has the same natural key; the body names the fields.' })
    create(@Body() body: object, @CurrentActor() actor: Actor): Promise<object> {
      return this.records.create(kind, actor, body);
    }

    @Patch(':id')
    @ApiOperation({ operationId: `update${kind.one}` })
    @ApiBody({ type: kind.updateDto })
    @ApiOkResponse({ type: kind.responseDto })
    @ApiBadRequestResponse()
    @ApiConflictResponse({ description: 'Changed by someone else since the version sent, or the same natural key as another record.' })
    @ApiNotFoundResponse()
    update(@Param('id', idPipe) id: number, @Body() body: object, @CurrentActor() actor: Actor): Promise<object> {
      return this.records.update(kind, actor, id, body);
    }

    @Delete(':id')
    @HttpCode(204)
    @ApiOperation({ operationId: `archive${kind.one}`, summary: 'Archive the record: the sweep no longer reads it; flags citing it keep the link.' })
    @ApiNoContentResponse()
    @ApiNotFoundResponse()
    archive(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<void> {
      return this.records.archive(kind, actor, id);
    }

    @Post('import')
    @HttpCode(200)
    @UseInterceptors(FileInterceptor('file', { limits: { fileSize: COOPERATION_CSV_MAX_BYTES, files: 1 } }))
    @ApiConsumes('multipart/form-data')
    @ApiBody({ type: CooperationUploadDto })
    @ApiOperation({
      operationId: `import${kind.many}`,
      summary: 'Import a CSV file (header row with the field names); answers with the row-level report.',
      description: 'Rows with an error are left out and reported; the others are created, or update the live record with the same natural key.',
    })
    @ApiOkResponse({ type: CooperationImportReportDto })
    @ApiBadRequestResponse({ description: 'No file, not a CSV, unknown or missing columns; the body names the field.' })
    @ApiPayloadTooLargeResponse({ description: 'Larger than 5 MB.' })
    import(@UploadedFile() file: UploadedCsv | undefined, @Body() dto: CooperationImportDto, @CurrentActor() actor: Actor): Promise<CooperationImportReportDto> {
      return this.imports.upload(kind, actor, file, dto);
    }
  }
  Object.defineProperty(KindController, 'name', { value: `${kind.one}Controller` });
  return KindController;
}
