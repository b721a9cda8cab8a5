import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { UserDto, UserUpdateDto } from './dto/user.dto';
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
}
