import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppModule } from '../app/app.module';
import { buildOpenApiDocument, configureApp } from '../app/configure-app';
import { loadConfig } from '../config/app-config';

/**
 * `npm run openapi` writes apps/backend/openapi.json from the controllers and DTOs;
 * `npm run openapi -- --check` fails when the committed file is out of date.
 * Runs in preview mode: no provider is instantiated, so no database is needed.
 */
async function main(): Promise<void> {
  const target = resolve(process.cwd(), 'apps/backend/openapi.json');
  const config = loadConfig({ FRONTEND_DIR: 'none' });
  const app = await NestFactory.create(AppModule.register(config, 'postgres://preview.invalid/preview'), { preview: true, logger: false });
  configureApp(app);
  const text = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(target, 'utf8');
    if (committed !== text) {
      console.error('apps/backend/openapi.json is out of date: run `npm run openapi` and commit the result.');
      process.exit(1);
    }
    console.log('OpenAPI document is up to date.');
    return;
  }
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
