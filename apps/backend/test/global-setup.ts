import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';
import { databaseUrl, TEMPLATE_ENV, withServer } from './test-database';

/** Migrates and seeds one template database per run; every test file clones it. */
export default async function globalSetup(): Promise<void> {
  // Global setup runs outside Jest's module map: resolve the workspace path alias here.
  register({ baseUrl: resolve(__dirname, '../../..'), paths: { '@tracker/domain': ['libs/domain/src/index.ts'], '@tracker/migrations': ['migrations/index.ts'] } });
  const { migrateAndSeed } = require('../src/database/prepare-database') as typeof import('../src/database/prepare-database');
  const name = `tracker_template_${process.pid}`;
  await withServer(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  await migrateAndSeed(databaseUrl(name), () => undefined);
  process.env[TEMPLATE_ENV] = name;
}
