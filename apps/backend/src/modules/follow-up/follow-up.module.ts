import { Module } from '@nestjs/common';
import { FollowUpController } from './follow-up.controller';
import { FollowUpService } from './follow-up.service';

/** Status of a recommendation per party as of any date, disagreements, and treaty-body grades. */
@Module({ controllers: [FollowUpController], providers: [FollowUpService] })
export class FollowUpModule {}
