import type { AppConfig } from '../config/app-config';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { runMigrations } from './migrate';
import { seedReferenceData } from './seed-reference-data';

export interface PreparedDatabase {
  readonly url: string;
  readonly embedded: EmbeddedDatabase | null;
}

/** The configured database, or the embedded one started on demand. */
export async function resolveDatabase(config: AppConfig, log: (message: string) => void): Promise<PreparedDatabase> {
  if (config.database.url !== null) return { url: config.database.url, embedded: null };
  const embedded = await startEmbeddedPostgres(config.database.embedded.dataDir, config.database.embedded.port, log);
  return { url: embedded.url, embedded };
}

/** Migrates and seeds the reference data; idempotent, safe on every start. */
export async function migrateAndSeed(url: string, log: (message: string) => void): Promise<void> {
  const dataSource = createDataSource(url, 2);
  await dataSource.initialize();
  try {
    await runMigrations(dataSource, log);
    const seeded = await seedReferenceData(dataSource);
    log(`Reference data: ${seeded.states} States, ${seeded.bodies} bodies, ${seeded.themes} themes, ${seeded.affectedPersons} affected-person groups, ${seeded.sdgs} SDG goals and targets`);
  } finally {
    await dataSource.destroy();
  }
}
