import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@tracker/domain';
import { AllowAnonymous, CurrentActor } from '../auth/request-auth';
import {
  InvitationAcceptDto,
  InvitationAcceptedDto,
  InvitationCreateDto,
  InvitationCreatedDto,
  InvitationDto,
  InvitationPreviewDto,
  InvitationTokenDto,
} from './dto/user.dto';
import { InvitationsService } from './invitations.service';

const uuidPipe = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('users')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly service: InvitationsService) {}

  @Get()
  @ApiOperation({ operationId: 'listInvitations', summary: 'Open invitations (administrators only).' })
  @ApiOkResponse({ type: [InvitationDto] })
  list(@CurrentActor() actor: Actor): Promise<InvitationDto[]> {
    return this.service.list(actor);
  }

  @Post()
  @ApiOperation({ operationId: 'createInvitation', summary: 'Invite a person by e-mail with a role and scope (administrators only).' })
  @ApiCreatedResponse({ type: InvitationCreatedDto })
  @ApiConflictResponse({ description: 'An account with this address exists.' })
  create(@Body() dto: InvitationCreateDto, @CurrentActor() actor: Actor): Promise<InvitationCreatedDto> {
    return this.service.create(actor, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'revokeInvitation', summary: 'Withdraw an open invitation (administrators only).' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  revoke(@Param('id', uuidPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.service.revoke(actor, id);
  }

  @Post('preview')
  @HttpCode(200)
  @AllowAnonymous()
  @ApiOperation({ operationId: 'previewInvitation', summary: 'What an invitation link is for (role, State or organisation).' })
  @ApiOkResponse({ type: InvitationPreviewDto })
  @ApiNotFoundResponse()
  preview(@Body() dto: InvitationTokenDto): Promise<InvitationPreviewDto> {
    return this.service.preview(dto.token);
  }

  @Post('accept')
  @AllowAnonymous()
  @ApiOperation({ operationId: 'acceptInvitation', summary: 'Open the invited account with a name and a password.' })
  @ApiCreatedResponse({ type: InvitationAcceptedDto })
  @ApiNotFoundResponse()
  accept(@Body() dto: InvitationAcceptDto): Promise<InvitationAcceptedDto> {
    return this.service.accept(dto);
  }
}
