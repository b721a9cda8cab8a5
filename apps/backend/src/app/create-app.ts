import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { existsSync } from 'node:fs';
import type { AppConfig } from '../config/app-config';
import { frontendMiddleware } from '../modules/frontend/frontend.middleware';
import { AppModule } from './app.module';
import { buildOpenApiDocument, configureApp, serveOpenApi } from './configure-app';

/** Builds the HTTP application on an already migrated database. */
export async function createApp(config: AppConfig, databaseUrl: string, options: { quiet?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.register(config, databaseUrl), {
    logger: options.quiet ? ['error', 'warn'] : new Logger('tracker'),
  });
  configureApp(app);
  serveOpenApi(app, buildOpenApiDocument(app));
  if (config.frontendDir !== null && existsSync(config.frontendDir)) app.use(frontendMiddleware(config.frontendDir));
  return app;
}
