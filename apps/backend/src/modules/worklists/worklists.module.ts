import { Module } from '@nestjs/common';
import { WorklistsController } from './worklists.controller';
import { WorklistsService } from './worklists.service';

/** Stakeholders in follow-up: bulk assignment by filter and worklists. */
@Module({ controllers: [WorklistsController], providers: [WorklistsService] })
export class WorklistsModule {}
