import { Global, Module } from '@nestjs/common';
import { StatusEventsService } from './status-events.service';

@Global()
@Module({ providers: [StatusEventsService], exports: [StatusEventsService] })
export class StatusEventsModule {}
