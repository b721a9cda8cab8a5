import type { DataSource } from 'typeorm';

// Any fixed number shared by every process of the deployment: only one migrates at a time.
const MIGRATION_LOCK = 7_316_021;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so several API or
 * worker replicas starting together cannot run the same migration twice.
 */
export async function runMigrations(dataSource: DataSource, log: (message: string) => void): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) log(`Applied migration ${migration.name}`);
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    await runner.release();
  }
}
