import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';
import { ConfigError, loadConfig } from './config/app-config';
import { takeOverEmbeddedShutdown } from './database/embedded-postgres';
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
  // Stop cleanly on Ctrl-C, a closed terminal or a container stop: finish requests, stop the job
  // workers, close the pools, then the embedded server — in that order, so nothing loses its connection.
  if (database.embedded) takeOverEmbeddedShutdown();
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: shutting down`);
    await app.close();
    await database.embedded?.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, (s) => void shutdown(s));
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
