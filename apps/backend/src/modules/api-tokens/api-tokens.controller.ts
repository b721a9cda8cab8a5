import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@tracker/domain';
import { CurrentActor } from '../auth/request-auth';
import { ApiTokensService } from './api-tokens.service';
import { ApiTokenCreatedDto, ApiTokenCreateDto, ApiTokenDto } from './dto/api-token.dto';

const uuidPipe = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('api-tokens')
@Controller('tokens')
export class ApiTokensController {
  constructor(private readonly service: ApiTokensService) {}

  @Get()
  @ApiOperation({ operationId: 'listMyApiTokens', summary: 'My active API tokens (never their secrets).' })
  @ApiOkResponse({ type: [ApiTokenDto] })
  list(@CurrentActor() actor: Actor): Promise<ApiTokenDto[]> {
    return this.service.list(actor);
  }

  @Post()
  @ApiOperation({ operationId: 'createApiToken', summary: 'Create a scoped API token for a machine client; the secret is shown once.' })
  @ApiCreatedResponse({ type: ApiTokenCreatedDto })
  create(@Body() dto: ApiTokenCreateDto, @CurrentActor() actor: Actor): Promise<ApiTokenCreatedDto> {
    return this.service.create(actor, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'revokeApiToken', summary: 'Revoke one of my API tokens.' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  revoke(@Param('id', uuidPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.service.revoke(actor, id);
  }
}
