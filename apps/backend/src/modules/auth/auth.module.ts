import { type DynamicModule, Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { AuthConfig } from '../../config/app-config';
import { AnonymousWritesGuard } from './anonymous-writes.guard';
import { AUTH_CONFIG } from './auth-config';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthenticationMiddleware } from './authentication.middleware';

/** Sign-in, sessions and second factor; resolves the actor of every request. */
@Global()
@Module({})
export class AuthModule implements NestModule {
  static register(config: AuthConfig): DynamicModule {
    return {
      module: AuthModule,
      controllers: [AuthController],
      providers: [{ provide: AUTH_CONFIG, useValue: config }, AuthService, { provide: APP_GUARD, useClass: AnonymousWritesGuard }],
      exports: [AUTH_CONFIG, AuthService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthenticationMiddleware).forRoutes('{*path}');
  }
}
