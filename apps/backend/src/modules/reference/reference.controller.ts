import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReferenceDto } from './dto/reference-response.dto';
import { ReferenceService } from './reference.service';

@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  constructor(private readonly service: ReferenceService) {}

  @Get()
  @ApiOperation({ operationId: 'getReference', summary: 'Mechanisms, bodies, cycles, responses, statuses, themes, affected persons, SDGs.' })
  @ApiOkResponse({ type: ReferenceDto })
  all(): Promise<ReferenceDto> {
    return this.service.all();
  }
}
