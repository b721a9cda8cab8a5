import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL server the tests use (the machine's own, trust auth). */
export const TEST_SERVER_URL = process.env['TEST_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEMPLATE_ENV = 'TRACKER_TEST_TEMPLATE_DB';

export function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withServer<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated, seeded template made once per test run. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error(`${TEMPLATE_ENV} is not set: run the tests through the root jest config`);
  // Named after this run (its template) so that a concurrent run's teardown leaves it alone.
  const run = template.replace(/^tracker_template_/, '');
  const name = `tracker_test_${run}_${randomBytes(6).toString('hex')}`;
  await withServer((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  // TypeORM keys generated-column metadata by database name; a clone must claim it as its own.
  const clone = new Client({ connectionString: databaseUrl(name) });
  await clone.connect();
  try {
    await clone.query(`UPDATE typeorm_metadata SET database = current_database()`);
  } finally {
    await clone.end();
  }
  return {
    name,
    url: databaseUrl(name),
    drop: () => withServer(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}
