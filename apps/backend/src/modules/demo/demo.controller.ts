import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { DemoService } from './demo.service';
import { DemoLoadDto, DemoLoadedDto, DemoRemovedDto, DemoStatusDto } from './dto/demo.dto';

@ApiTags('demo')
@Controller('demo')
export class DemoController {
  constructor(private readonly service: DemoService) {}

  @Get()
  @ApiOperation({ operationId: 'demoStatus', summary: 'Whether demo data is loaded, whether the registry is empty, and whether an administrator exists (first run).' })
  @ApiOkResponse({ type: DemoStatusDto })
  status(): Promise<DemoStatusDto> {
    return this.service.status();
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ operationId: 'loadDemo', summary: 'Load the synthetic demo dataset into an empty registry (OHCHR officers, administrators; audited).' })
  @ApiCreatedResponse({ type: DemoLoadedDto })
  @ApiForbiddenResponse()
  @ApiConflictResponse({ description: 'The registry is not empty.' })
  load(@Body() dto: DemoLoadDto, @CurrentActor() actor: Actor): Promise<DemoLoadedDto> {
    return this.service.load(actor, dto);
  }

  @Delete()
  @ApiOperation({ operationId: 'removeDemo', summary: 'Remove every demo recommendation in one action (OHCHR officers, administrators; audited).' })
  @ApiOkResponse({ type: DemoRemovedDto })
  @ApiForbiddenResponse()
  remove(@CurrentActor() actor: Actor): Promise<DemoRemovedDto> {
    return this.service.remove(actor);
  }
}
