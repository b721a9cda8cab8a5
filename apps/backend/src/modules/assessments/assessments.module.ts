import { Module } from '@nestjs/common';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentsService } from './assessments.service';

@Module({ controllers: [AssessmentsController], providers: [AssessmentsService, AssessmentsRepository] })
export class AssessmentsModule {}
