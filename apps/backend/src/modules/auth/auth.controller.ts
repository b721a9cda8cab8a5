import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthConfig } from '../../config/app-config';
import { AUTH_CONFIG, sessionCookie } from './auth-config';
import { AuthService, type ClientInfo, type SignInResult } from './auth.service';
import { LoginDto, SecondFactorDto, SessionDto, SessionStateDto, TotpEnrolmentDto } from './dto/auth.dto';
import { AllowAnonymous, CurrentAuth, type RequestAuth } from './request-auth';
import { interactiveUser } from './interactive-user';

const uuidPipe = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

function client(req: Request): ClientInfo {
  return { ip: req.ip ?? null, userAgent: req.header('user-agent') ?? null };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  private readonly cookie: ReturnType<typeof sessionCookie>;

  constructor(
    private readonly service: AuthService,
    @Inject(AUTH_CONFIG) config: AuthConfig,
  ) {
    this.cookie = sessionCookie(config);
  }

  @Get('me')
  @ApiOperation({ operationId: 'getSessionState', summary: 'Who is signed in, at which sign-in step, and the CSRF token of the session.' })
  @ApiOkResponse({ type: SessionStateDto })
  me(@CurrentAuth() auth: RequestAuth): Promise<SessionStateDto> {
    return this.service.stateFor(auth.session, auth.actor);
  }

  @Post('login')
  @HttpCode(200)
  @AllowAnonymous()
  @ApiOperation({ operationId: 'login', summary: 'Sign in with e-mail address and password; the answer says whether a second factor follows.' })
  @ApiOkResponse({ type: SessionStateDto })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail address or password.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts: signing in is locked for a while (the message says how long).' })
  async login(@Body() dto: LoginDto, @CurrentAuth() auth: RequestAuth, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionStateDto> {
    return this.withCookie(res, await this.service.login(dto, client(req), auth.session));
  }

  @Post('login/second-factor')
  @HttpCode(200)
  @AllowAnonymous()
  @ApiOperation({ operationId: 'verifySecondFactor', summary: 'Complete the sign-in with the code of the authenticator app.' })
  @ApiOkResponse({ type: SessionStateDto })
  @ApiBadRequestResponse({ description: 'Wrong code; the body names the field.' })
  @ApiTooManyRequestsResponse()
  @ApiServiceUnavailableResponse({ description: 'The server is not configured with the key the second factors were encrypted with (SECRETS_KEY).' })
  async secondFactor(@Body() dto: SecondFactorDto, @CurrentAuth() auth: RequestAuth, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionStateDto> {
    return this.withCookie(res, await this.service.verifySecondFactor(auth.session, dto.code, client(req)));
  }

  @Post('second-factor/enrolment')
  @HttpCode(200)
  @AllowAnonymous()
  @ApiOperation({ operationId: 'startSecondFactorEnrolment', summary: 'Get a new TOTP secret to enter into an authenticator app.' })
  @ApiOkResponse({ type: TotpEnrolmentDto })
  startEnrolment(@CurrentAuth() auth: RequestAuth): Promise<TotpEnrolmentDto> {
    return this.service.startEnrolment(auth);
  }

  @Post('second-factor/enrolment/confirm')
  @HttpCode(200)
  @AllowAnonymous()
  @ApiOperation({ operationId: 'confirmSecondFactorEnrolment', summary: 'Confirm the TOTP secret with a first code; completes a sign-in waiting for it.' })
  @ApiOkResponse({ type: SessionStateDto })
  @ApiBadRequestResponse({ description: 'Wrong code; the body names the field.' })
  @ApiServiceUnavailableResponse({ description: 'The server is not configured with the key the second factors were encrypted with (SECRETS_KEY).' })
  async confirmEnrolment(@Body() dto: SecondFactorDto, @CurrentAuth() auth: RequestAuth, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionStateDto> {
    return this.withCookie(res, await this.service.confirmEnrolment(auth, dto.code, client(req)));
  }

  @Post('logout')
  @HttpCode(204)
  @AllowAnonymous()
  @ApiOperation({ operationId: 'logout', summary: 'End this session on the server and clear its cookie.' })
  @ApiNoContentResponse()
  async logout(@CurrentAuth() auth: RequestAuth, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.service.logout(auth);
    res.clearCookie(this.cookie.name, this.cookie.options);
  }

  @Get('sessions')
  @ApiOperation({ operationId: 'listMySessions', summary: 'My open sessions.' })
  @ApiOkResponse({ type: [SessionDto] })
  sessions(@CurrentAuth() auth: RequestAuth): Promise<SessionDto[]> {
    return this.service.listSessions(interactiveUser(auth.actor), auth.session?.id ?? null);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'revokeMySession', summary: 'End one of my sessions (on another device, or this one).' })
  @ApiNoContentResponse()
  async revoke(@Param('id', uuidPipe) id: string, @CurrentAuth() auth: RequestAuth, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.service.revokeSession(interactiveUser(auth.actor), id);
    if (auth.session?.id === id) res.clearCookie(this.cookie.name, this.cookie.options);
  }

  private withCookie(res: Response, result: SignInResult): SessionStateDto {
    if (result.token !== null) res.cookie(this.cookie.name, result.token, this.cookie.options);
    return result.state;
  }
}
