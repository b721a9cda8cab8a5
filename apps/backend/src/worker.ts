import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app/app.module';
import { ConfigError, loadConfig } from './config/app-config';
import { migrateAndSeed, resolveDatabase } from './database/prepare-database';

/**
 * `npm run worker`: the job workers alone, without the HTTP API, for deployments that scale them
 * apart (PROCESS_ROLE=worker, with DATABASE_URL and usually REDIS_URL). With PROCESS_ROLE=all the
 * server runs the workers itself and this process is not needed.
 */
async function main(): Promise<void> {
  const logger = new Logger('worker');
  const log = (message: string): void => logger.log(message);
  const config = loadConfig();
  if (config.role !== 'worker') {
    throw new ConfigError('PROCESS_ROLE', `must be "worker" for the worker process (got "${config.role}"; with "all" the server runs the workers itself)`);
  }
  const database = await resolveDatabase(config, log);
  await migrateAndSeed(database.url, log);
  const app = await NestFactory.createApplicationContext(AppModule.register(config, database.url), { logger: new Logger('tracker') });
  await app.init();
  const shutdown = async (signal: string): Promise<void> => {
    log(`${signal} received: finishing the running jobs, then stopping`);
    await app.close();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));
  log(`Workers running on ${config.redisUrl === null ? 'PostgreSQL' : 'Redis'} queues`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
