import { isAbsolute, resolve } from 'node:path';

/** How this process takes part in the deployment. */
export type ProcessRole = 'all' | 'api' | 'worker';

export interface DatabaseConfig {
  /** External PostgreSQL URL; null means the embedded server is started. */
  readonly url: string | null;
  readonly embedded: { readonly dataDir: string; readonly port: number };
  readonly poolSize: number;
}

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly role: ProcessRole;
  readonly database: DatabaseConfig;
  /** Redis URL; null means queues run on PostgreSQL (zero-setup mode). */
  readonly redisUrl: string | null;
  /** Folder holding the built Angular app, or null when not serving it. */
  readonly frontendDir: string | null;
  readonly dataDir: string;
}

/** Raised at boot when the environment is wrong; the message names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid configuration: ${variable} ${reason}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function readUrl(env: Env, name: string, protocols: readonly string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must use one of ${protocols.join(', ')} (got ${url.protocol})`);
  }
  return raw;
}

function readPath(env: Env, name: string, fallback: string, cwd: string): string {
  const raw = env[name];
  const value = raw === undefined || raw === '' ? fallback : raw;
  return isAbsolute(value) ? value : resolve(cwd, value);
}

function readRole(env: Env): ProcessRole {
  const raw = env['PROCESS_ROLE'];
  if (raw === undefined || raw === '') return 'all';
  if (raw === 'all' || raw === 'api' || raw === 'worker') return raw;
  throw new ConfigError('PROCESS_ROLE', `must be one of all, api, worker (got "${raw}")`);
}

/**
 * The only place that reads the environment. Everything else receives an AppConfig.
 * With no variables at all it describes the zero-setup mode: embedded PostgreSQL
 * under ./.data, queues on PostgreSQL, the UI on http://localhost:3000.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const dataDir = readPath(env, 'DATA_DIR', '.data', cwd);
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const role = readRole(env);
  if (role !== 'all' && databaseUrl === null) {
    throw new ConfigError('DATABASE_URL', `is required when PROCESS_ROLE is "${role}" (separate API and worker processes share one database)`);
  }
  const frontendRaw = env['FRONTEND_DIR'];
  return {
    port: readInt(env, 'PORT', 3000, 1, 65535),
    host: env['HOST'] && env['HOST'] !== '' ? env['HOST'] : '0.0.0.0',
    role,
    database: {
      url: databaseUrl,
      embedded: {
        dataDir: resolve(dataDir, 'postgres'),
        port: readInt(env, 'EMBEDDED_PG_PORT', 54329, 1, 65535),
      },
      poolSize: readInt(env, 'DATABASE_POOL_SIZE', 10, 1, 500),
    },
    redisUrl,
    frontendDir: frontendRaw === 'none' ? null : readPath(env, 'FRONTEND_DIR', 'dist/frontend/browser', cwd),
    dataDir,
  };
}
