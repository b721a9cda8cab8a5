import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { AuditSearchService } from './audit-search.service';
import { AuditPageDto, AuditPageQueryDto, AuditQueryDto } from './dto/audit.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly service: AuditSearchService) {}

  @Get()
  @ApiOperation({ operationId: 'searchAudit', summary: 'Search the audit log (OHCHR officers and administrators), newest first.' })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiBadRequestResponse({ description: 'A filter is invalid; the body names the field.' })
  search(@Query() query: AuditQueryDto, @CurrentActor() actor: Actor): Promise<AuditPageDto> {
    return this.service.search(actor, query);
  }

  @Get(':entityType/:entityId')
  @ApiOperation({ operationId: 'getAuditHistory', summary: 'The history of one record (OHCHR officers and administrators), newest first.' })
  @ApiOkResponse({ type: AuditPageDto })
  history(@Param('entityType') entityType: string, @Param('entityId') entityId: string, @Query() page: AuditPageQueryDto, @CurrentActor() actor: Actor): Promise<AuditPageDto> {
    return this.service.search(actor, { ...page, entityType, entityId });
  }
}
