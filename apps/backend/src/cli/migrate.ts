import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { migrateAndSeed, resolveDatabase } from '../database/prepare-database';

/** `npm run migrate`: applies migrations and reference data to the configured database, then exits. */
async function main(): Promise<void> {
  const log = (message: string): void => console.log(message);
  const config = loadConfig();
  const database = await resolveDatabase(config, log);
  try {
    await migrateAndSeed(database.url, log);
    log('Database is up to date.');
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
