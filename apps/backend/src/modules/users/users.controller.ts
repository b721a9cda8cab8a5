import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { SecondFactorResetDto, UserDto, UserUpdateDto } from './dto/user.dto';
import { UsersService } from './users.service';

const uuidPipe = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly service: UsersService) {}

  @Get()
  @ApiOperation({ operationId: 'listUsers', summary: 'Every account (administrators only).' })
  @ApiOkResponse({ type: [UserDto] })
  list(@CurrentActor() actor: Actor): Promise<UserDto[]> {
    return this.service.list(actor);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateUser', summary: 'Change role, scope or activity of an account (administrators only); audited.' })
  @ApiOkResponse({ type: UserDto })
  @ApiConflictResponse()
  @ApiNotFoundResponse()
  update(@Param('id', uuidPipe) id: string, @Body() dto: UserUpdateDto, @CurrentActor() actor: Actor): Promise<UserDto> {
    return this.service.update(actor, id, dto);
  }

  @Post(':id/second-factor/reset')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'resetSecondFactor',
    summary: 'Clear a person’s second factor (lost or replaced phone) so they enrol again at their next sign-in; ends their sessions; audited with the reason (administrators only, not for their own account).',
  })
  @ApiOkResponse({ type: UserDto })
  @ApiBadRequestResponse({ description: 'No reason given, or one’s own account; the body names the field.' })
  @ApiConflictResponse({ description: 'The account changed since it was read, or has no second factor.' })
  @ApiNotFoundResponse()
  resetSecondFactor(@Param('id', uuidPipe) id: string, @Body() dto: SecondFactorResetDto, @CurrentActor() actor: Actor): Promise<UserDto> {
    return this.service.resetSecondFactor(actor, id, dto);
  }
}
