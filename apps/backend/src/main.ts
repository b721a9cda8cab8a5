import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';
import { ConfigError, loadConfig } from './config/app-config';
import { migrateAndSeed, resolveDatabase } from './database/prepare-database';

async function main(): Promise<void> {
  const logger = new Logger('bootstrap');
  const log = (message: string): void => logger.log(message);
  const config = loadConfig();
  if (config.role === 'worker') {
    throw new ConfigError('PROCESS_ROLE', 'is "worker": start the worker process with `npm run worker` (dist/backend/apps/backend/src/worker.js), not the server');
  }
  const database = await resolveDatabase(config, log);
  await migrateAndSeed(database.url, log);
  const app = await createApp(config, database.url);
  // Stop cleanly on Ctrl-C or a container stop: finish requests, close the pool, then the embedded server.
  const shutdown = async (signal: string): Promise<void> => {
    log(`${signal} received: shutting down`);
    await app.close();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));
  await app.listen(config.port, config.host);
  log(`Recommendation Follow-up Tracker on http://localhost:${config.port} (API docs: http://localhost:${config.port}/api/docs)`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
