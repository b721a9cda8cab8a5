import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '../config/app-config';
import { AppModule } from './app.module';
import { buildOpenApiDocument, configureApp, serveOpenApi } from './configure-app';

/** Builds the HTTP application on an already migrated database. */
export async function createApp(config: AppConfig, databaseUrl: string, options: { quiet?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.register(config, databaseUrl), {
    logger: options.quiet ? false : new Logger('tracker'),
  });
  configureApp(app);
  serveOpenApi(app, buildOpenApiDocument(app));
  return app;
}
