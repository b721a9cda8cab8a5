import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../src/app/create-app';
import { loadConfig } from '../src/config/app-config';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  readonly app: INestApplication;
  readonly db: TestDatabase;
  readonly http: TestAgent;
  close(): Promise<void>;
}

/**
 * The real HTTP application on its own freshly cloned database. `env` adds settings (e.g. REDIS_URL
 * with its own QUEUE_PREFIX); by default the job queues and their workers run on that database, and
 * files (evidence, Fund documents) go to a temporary DATA_DIR removed on close.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const dataDir = env['DATA_DIR'] === undefined ? mkdtempSync(join(tmpdir(), 'tracker-test-')) : null;
  const config = loadConfig({
    DATABASE_URL: db.url,
    FRONTEND_DIR: 'none',
    DATABASE_POOL_SIZE: '4',
    COOKIE_SECURE: 'false',
    SECRETS_KEY: randomBytes(32).toString('hex'),
    ...(dataDir === null ? {} : { DATA_DIR: dataDir }),
    ...env,
  });
  const app = await createApp(config, db.url, { quiet: true });
  await app.init();
  return {
    app,
    db,
    http: request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await db.drop();
      if (dataDir !== null) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
