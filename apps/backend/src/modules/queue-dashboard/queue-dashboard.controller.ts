import { Controller, Get } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { QueueDashboardDto } from './queue-dashboard.dto';
import { QueueDashboardService } from './queue-dashboard.service';

@ApiTags('admin')
@Controller('admin/queues')
export class QueueDashboardController {
  constructor(private readonly service: QueueDashboardService) {}

  @Get()
  @ApiOperation({ operationId: 'getQueueDashboard', summary: 'Job queues: counts, latest failures, schedulers (administrators).' })
  @ApiOkResponse({ type: QueueDashboardDto })
  @ApiUnauthorizedResponse()
  @ApiForbiddenResponse()
  dashboard(@CurrentActor() actor: Actor): Promise<QueueDashboardDto> {
    return this.service.dashboard(actor);
  }
}
