import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { DigestService } from './digest.service';
import { DigestRunDto, NotificationDto, NotificationPageDto, NotificationQueryDto, SubscriptionCreateDto, SubscriptionDto } from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

const idPipe = new ParseIntPipe({ errorHttpStatusCode: 400 });

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(
    private readonly service: NotificationsService,
    private readonly digest: DigestService,
  ) {}

  @Get('subscriptions')
  @ApiOperation({ operationId: 'listSubscriptions', summary: 'The States and themes the caller follows.' })
  @ApiOkResponse({ type: [SubscriptionDto] })
  @ApiUnauthorizedResponse()
  subscriptions(@CurrentActor() actor: Actor): Promise<SubscriptionDto[]> {
    return this.service.subscriptions(actor);
  }

  @Post('subscriptions')
  @ApiOperation({ operationId: 'createSubscription', summary: 'Follow a State or a theme: its newly overdue recommendations come in the digest.' })
  @ApiCreatedResponse({ type: SubscriptionDto })
  @ApiBadRequestResponse({ description: 'Unknown State or theme code.' })
  @ApiConflictResponse({ description: 'Already followed.' })
  subscribe(@Body() dto: SubscriptionCreateDto, @CurrentActor() actor: Actor): Promise<SubscriptionDto> {
    return this.service.subscribe(actor, dto);
  }

  @Delete('subscriptions/:id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteSubscription', summary: 'Stop following (the subscription is archived).' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  async unsubscribe(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<void> {
    await this.service.unsubscribe(actor, id);
  }

  @Get('notifications')
  @ApiOperation({ operationId: 'listNotifications', summary: 'The caller’s notifications, newest first, and how many are unread.' })
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiUnauthorizedResponse()
  notifications(@Query() query: NotificationQueryDto, @CurrentActor() actor: Actor): Promise<NotificationPageDto> {
    return this.service.notifications(actor, query);
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  @ApiOperation({ operationId: 'markNotificationRead' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse()
  markRead(@Param('id', idPipe) id: number, @CurrentActor() actor: Actor): Promise<NotificationDto> {
    return this.service.markRead(actor, id);
  }

  @Post('notifications/overdue-digest')
  @HttpCode(200)
  @ApiOperation({ operationId: 'runOverdueDigest', summary: 'Run the overdue digest now instead of waiting for its schedule (OHCHR).' })
  @ApiOkResponse({ type: DigestRunDto })
  runDigest(@CurrentActor() actor: Actor): Promise<DigestRunDto> {
    return this.digest.runNow(actor);
  }
}
