import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { RecommendationFilterDto } from '../recommendations/dto/recommendation-query.dto';
import { ExportsService } from './exports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fileName(extension: string): string {
  return `recommendations-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

/** Downloads of the filtered registry (same filters as GET /recommendations), streamed. */
@ApiTags('recommendations')
@Controller('recommendations')
export class ExportsController {
  constructor(private readonly service: ExportsService) {}

  @Get('export.csv')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'exportRecommendationsCsv',
    summary: 'The recommendations matching the filters as CSV: the UHRI export columns plus the tracker\'s fields, streamed.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ description: 'A filter value is invalid; the body names the field.' })
  csv(@Query() filter: RecommendationFilterDto): StreamableFile {
    return new StreamableFile(Readable.from(this.service.csv(filter)), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${fileName('csv')}"`,
    });
  }

  @Get('export.xlsx')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'exportRecommendationsXlsx',
    summary: 'The recommendations matching the filters as an Excel workbook (same columns as the CSV), streamed.',
  })
  @ApiProduces(XLSX)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ description: 'A filter value is invalid; the body names the field.' })
  xlsx(@Query() filter: RecommendationFilterDto): StreamableFile {
    return new StreamableFile(this.service.xlsx(filter), { type: XLSX, disposition: `attachment; filename="${fileName('xlsx')}"` });
  }
}
