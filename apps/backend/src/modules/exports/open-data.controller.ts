import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OpenDataPageDto, OpenDataQueryDto } from './dto/open-data.dto';
import { ExportsService } from './exports.service';

@ApiTags('open-data')
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly service: ExportsService) {}

  @Get('recommendations')
  @ApiOperation({
    operationId: 'openDataRecommendations',
    summary: 'Open data: recommendations with their links and response history, paged (keyset, newest first).',
    description: 'Takes the same filters as GET /recommendations. Follow `nextCursor` until it is null to read everything.',
  })
  @ApiOkResponse({ type: OpenDataPageDto })
  @ApiBadRequestResponse({ description: 'A filter value is invalid; the body names the field.' })
  recommendations(@Query() query: OpenDataQueryDto): Promise<OpenDataPageDto> {
    return this.service.openData(query);
  }
}
