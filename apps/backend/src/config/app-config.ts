import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import {
  COOPERATION_RULE_IDS,
  DEFAULT_COOPERATION_SETTINGS,
  evaluateAll,
  WINDOW_GRANULARITIES,
  windowFor,
  type CooperationRuleSettings,
  type CooperationSettings,
  type WindowGranularity,
} from '@tracker/domain';
import type { DeadlineSettings } from '@tracker/domain';
import { parseDeadlineSettings } from './deadline-settings';
import { parseSecretsKey, type SecretsKeySource } from '../modules/auth/secret-box';

/** How this process takes part in the deployment. */
export type ProcessRole = 'all' | 'api' | 'worker';

export interface DatabaseConfig {
  /** External PostgreSQL URL; null means the embedded server is started. */
  readonly url: string | null;
  readonly embedded: { readonly dataDir: string; readonly port: number };
  readonly poolSize: number;
}

export interface AuthConfig {
  /** Cookies carry the Secure flag (and the __Host- prefix); turn off only for plain http://localhost. */
  readonly cookieSecure: boolean;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteHours: number;
  /** Consecutive failed sign-ins for one e-mail address before it is locked for `loginLockMinutes`. */
  readonly loginMaxFailures: number;
  readonly loginLockMinutes: number;
  readonly invitationTtlHours: number;
  /** Address of the web interface, used in invitation links. */
  readonly publicUrl: string;
  /** Key that encrypts TOTP secrets at rest: SECRETS_KEY, else DATA_DIR/secrets.key (created on first start). */
  readonly secretsKey: SecretsKeySource;
  /** Encrypt, as the process starts, TOTP secrets an earlier version stored in clear (API processes). */
  readonly sealSecondFactorsAtStart: boolean;
}

export interface ImportsConfig {
  /** Largest file accepted by POST /api/v1/imports. */
  readonly maxUploadBytes: number;
}

export interface CooperationConfig {
  /** Cron (5 fields, UTC) of the scheduled sweep of the non-cooperation rules; null: no scheduled sweep. */
  readonly sweepCron: string | null;
  /** Evaluation windows, persistence (K consecutive windows) and every rule's thresholds. */
  readonly settings: CooperationSettings;
}

/** Where the server's clock reads the time: the system, or (tests only) a fixed instant or a file read at every call. */
export type ClockSetting = { readonly kind: 'system' } | { readonly kind: 'fixed'; readonly at: string } | { readonly kind: 'file'; readonly path: string };

export interface FollowUpConfig {
  /** Largest evidence file accepted, in bytes. */
  readonly evidenceMaxBytes: number;
  /** MIME types accepted for evidence files. */
  readonly evidenceTypes: readonly string[];
  /** Where evidence files are stored, privately (under DATA_DIR). */
  readonly evidenceDir: string;
  readonly deadlineSettings: DeadlineSettings;
  /** SMTP server for e-mail notifications; null: notifications stay in the application. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** Cron (UTC) of the daily digest of newly overdue recommendations; null: not scheduled. */
  readonly digestCron: string | null;
  readonly clock: ClockSetting;
}

export interface DashboardConfig {
  /** Aggregates that took at least this many milliseconds are kept in memory while the data is unchanged (0: keep all). */
  readonly cacheMinMs: number;
  /** API processes compute the unfiltered overview and comparisons once started. */
  readonly warmUp: boolean;
}

export interface FundConfig {
  /** Where documents of Voluntary Fund assistance requests are stored, privately (under DATA_DIR). */
  readonly documentsDir: string;
  /** Largest document file accepted, in bytes. */
  readonly documentMaxBytes: number;
}

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly role: ProcessRole;
  readonly database: DatabaseConfig;
  /** Redis URL; null means queues run on PostgreSQL (zero-setup mode). */
  readonly redisUrl: string | null;
  /** Namespace of the queues in Redis, so several deployments can share one server. */
  readonly queuePrefix: string;
  readonly imports: ImportsConfig;
  readonly cooperation: CooperationConfig;
  readonly followUp: FollowUpConfig;
  readonly fund: FundConfig;
  readonly dashboard: DashboardConfig;
  /** Folder holding the built Angular app, or null when not serving it. */
  readonly frontendDir: string | null;
  readonly dataDir: string;
  readonly auth: AuthConfig;
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

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function readName(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(raw)) throw new ConfigError(name, `must be 1–64 letters, digits, "-" or "_", got "${raw}"`);
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

const CRON_PART = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/;
const CRON_RANGES: readonly (readonly [number, number])[] = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 7]];

/** A 5-field cron expression (minute hour day-of-month month day-of-week) with numbers, ranges, lists and steps. */
function readCron(env: Env, name: string, fallback: string): string | null {
  const raw = (env[name] ?? '').trim() || fallback;
  if (raw === 'off') return null;
  const fields = raw.split(/\s+/);
  const bad = (reason: string): ConfigError => new ConfigError(name, `must be a cron expression "minute hour day month weekday" (UTC) or "off": ${reason}, got "${raw}"`);
  if (fields.length !== 5) throw bad(`${fields.length} fields instead of 5`);
  fields.forEach((field, i) => {
    const [min, max] = CRON_RANGES[i] ?? [0, 0];
    for (const part of field.split(',')) {
      const m = CRON_PART.exec(part);
      if (m === null) throw bad(`field ${i + 1} "${field}" is not a number, range, list or step`);
      const bounds = [m[2], m[3]].filter((v): v is string => v !== undefined).map(Number);
      if (bounds.some((n) => n < min || n > max) || (bounds.length === 2 && (bounds[0] ?? 0) > (bounds[1] ?? 0))) throw bad(`field ${i + 1} "${field}" is outside ${min}–${max}`);
      if (m[4] !== undefined && Number(m[4]) === 0) throw bad(`field ${i + 1} "${field}" has a step of 0`);
    }
  });
  return fields.join(' ');
}

/** Overrides of the rules' thresholds, as JSON: {"upr_steps_missed": {"minMissedSteps": 2}, …}; checked by the rules themselves. */
function readRuleSettings(env: Env, name: string): CooperationRuleSettings {
  const raw = env[name];
  const defaults = DEFAULT_COOPERATION_SETTINGS.rules;
  if (raw === undefined || raw.trim() === '') return defaults;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(name, 'is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError(name, 'must be a JSON object keyed by rule id');
  const merged: Record<string, Record<string, unknown>> = {};
  for (const id of COOPERATION_RULE_IDS) merged[id] = { ...defaults[id] };
  for (const [ruleId, overrides] of Object.entries(parsed)) {
    const known = merged[ruleId];
    if (known === undefined) throw new ConfigError(name, `names an unknown rule "${ruleId}" (rules: ${COOPERATION_RULE_IDS.join(', ')})`);
    if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) throw new ConfigError(name, `"${ruleId}" must be an object of settings`);
    for (const [setting, value] of Object.entries(overrides)) {
      if (!(setting in known)) throw new ConfigError(name, `"${ruleId}" has no setting "${setting}" (settings: ${Object.keys(known).join(', ') || 'none'})`);
      if (typeof value !== 'number') throw new ConfigError(name, `"${ruleId}.${setting}" must be a number`);
    }
    merged[ruleId] = { ...known, ...(overrides as Record<string, unknown>) };
  }
  return merged as unknown as CooperationRuleSettings;
}

function readCooperation(env: Env): CooperationConfig {
  const rawWindow = env['COOPERATION_WINDOW'];
  const granularity = (rawWindow === undefined || rawWindow === '' ? 'quarter' : rawWindow) as WindowGranularity;
  if (!WINDOW_GRANULARITIES.includes(granularity)) throw new ConfigError('COOPERATION_WINDOW', `must be one of ${WINDOW_GRANULARITIES.join(', ')} (got "${rawWindow ?? ''}")`);
  const settings: CooperationSettings = {
    window: { granularity },
    persistence: { consecutiveWindows: readInt(env, 'COOPERATION_PERSISTENCE_WINDOWS', DEFAULT_COOPERATION_SETTINGS.persistence.consecutiveWindows, 1, 24) },
    rules: readRuleSettings(env, 'COOPERATION_RULE_SETTINGS'),
  };
  try {
    // Every rule checks its settings before reading any record: an empty evaluation checks them all.
    evaluateAll([], windowFor('2026-01-01', settings.window), settings);
  } catch (error) {
    throw new ConfigError('COOPERATION_RULE_SETTINGS', error instanceof Error ? error.message : String(error));
  }
  return { sweepCron: readCron(env, 'COOPERATION_SWEEP_CRON', '0 3 * * *'), settings };
}

export const DEFAULT_EVIDENCE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
] as const;

/** TEST_CLOCK ("2025-06-01", "2025-06-01T09:00:00Z" or "file:/path/to/clock"): honoured only when NODE_ENV=test. */
function readClock(env: Env, cwd: string): ClockSetting {
  const raw = (env['TEST_CLOCK'] ?? '').trim();
  if (raw === '') return { kind: 'system' };
  if (env['NODE_ENV'] !== 'test') throw new ConfigError('TEST_CLOCK', `is honoured only when NODE_ENV=test (NODE_ENV is "${env['NODE_ENV'] ?? ''}")`);
  if (raw.startsWith('file:')) {
    const path = raw.slice('file:'.length);
    if (path === '') throw new ConfigError('TEST_CLOCK', 'must name a file after "file:"');
    return { kind: 'file', path: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z)?$/.test(raw) || Number.isNaN(Date.parse(raw))) {
    throw new ConfigError('TEST_CLOCK', `must be a date (YYYY-MM-DD), a UTC time (YYYY-MM-DDTHH:MM:SSZ) or file:<path>, got "${raw}"`);
  }
  return { kind: 'fixed', at: raw.length === 10 ? `${raw}T12:00:00Z` : raw };
}

function readFollowUp(env: Env, cwd: string, dataDir: string): FollowUpConfig {
  const typesRaw = (env['EVIDENCE_TYPES'] ?? '').trim();
  const evidenceTypes = typesRaw === '' ? [...DEFAULT_EVIDENCE_TYPES] : typesRaw.split(',').map((t) => t.trim().toLowerCase());
  const badType = evidenceTypes.find((t) => !/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(t));
  if (badType !== undefined) throw new ConfigError('EVIDENCE_TYPES', `must be a comma-separated list of MIME types, got "${badType}"`);
  let deadlineSettings: DeadlineSettings = parseDeadlineSettingsOrThrow({});
  const settingsFile = (env['DEADLINE_SETTINGS_FILE'] ?? '').trim();
  if (settingsFile !== '') {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(isAbsolute(settingsFile) ? settingsFile : resolve(cwd, settingsFile), 'utf8'));
    } catch (error) {
      throw new ConfigError('DEADLINE_SETTINGS_FILE', `cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    deadlineSettings = parseDeadlineSettingsOrThrow(json);
  }
  const mailFrom = (env['MAIL_FROM'] ?? '').trim() || 'tracker@localhost';
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(mailFrom)) throw new ConfigError('MAIL_FROM', `must be an e-mail address, got "${mailFrom}"`);
  return {
    evidenceMaxBytes: readInt(env, 'EVIDENCE_MAX_FILE_MB', 20, 1, 1024) * 1024 * 1024,
    evidenceTypes,
    evidenceDir: resolve(dataDir, 'evidence'),
    deadlineSettings,
    smtpUrl: readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom,
    digestCron: readCron(env, 'OVERDUE_DIGEST_CRON', '0 6 * * *'),
    clock: readClock(env, cwd),
  };
}

/**
 * SECRETS_KEY: 32 random bytes (`openssl rand -hex 32`). Required for API processes started apart
 * (PROCESS_ROLE=api: replicas on other hosts must share the key); otherwise a key file in DATA_DIR.
 */
function readSecretsKey(env: Env, role: ProcessRole, dataDir: string): SecretsKeySource {
  const raw = env['SECRETS_KEY'];
  if (raw !== undefined && raw.trim() !== '') {
    const key = parseSecretsKey(raw);
    if (key === null) throw new ConfigError('SECRETS_KEY', 'must be 32 bytes written as 64 hexadecimal digits (openssl rand -hex 32) or in base64');
    return { kind: 'value', key };
  }
  if (role === 'api') {
    throw new ConfigError('SECRETS_KEY', 'is required when PROCESS_ROLE is "api": every API replica must encrypt second factors with the same key (openssl rand -hex 32)');
  }
  return { kind: 'file', path: resolve(dataDir, 'secrets.key') };
}

function parseDeadlineSettingsOrThrow(json: unknown): DeadlineSettings {
  const parsed = parseDeadlineSettings(json);
  if ('problem' in parsed) throw new ConfigError('DEADLINE_SETTINGS_FILE', parsed.problem);
  return parsed.settings;
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
  const port = readInt(env, 'PORT', 3000, 1, 65535);
  const publicUrl = readUrl(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  return {
    port,
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
    queuePrefix: readName(env, 'QUEUE_PREFIX', 'tracker'),
    imports: { maxUploadBytes: readInt(env, 'IMPORT_MAX_UPLOAD_MB', 200, 1, 2048) * 1024 * 1024 },
    cooperation: readCooperation(env),
    followUp: readFollowUp(env, cwd, dataDir),
    fund: { documentsDir: resolve(dataDir, 'fund-documents'), documentMaxBytes: readInt(env, 'FUND_DOCUMENT_MAX_MB', 20, 1, 1024) * 1024 * 1024 },
    dashboard: { cacheMinMs: readInt(env, 'DASHBOARD_CACHE_MIN_MS', 250, 0, 3_600_000), warmUp: readBoolean(env, 'DASHBOARD_WARM_UP', true) && role !== 'worker' },
    frontendDir: frontendRaw === 'none' ? null : readPath(env, 'FRONTEND_DIR', 'dist/frontend/browser', cwd),
    dataDir,
    auth: {
      cookieSecure: readBoolean(env, 'COOKIE_SECURE', true),
      sessionIdleMinutes: readInt(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
      sessionAbsoluteHours: readInt(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
      loginMaxFailures: readInt(env, 'LOGIN_MAX_FAILURES', 5, 1, 100),
      loginLockMinutes: readInt(env, 'LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
      invitationTtlHours: readInt(env, 'INVITATION_TTL_HOURS', 168, 1, 24 * 90),
      publicUrl: publicUrl.replace(/\/+$/, ''),
      secretsKey: readSecretsKey(env, role, dataDir),
      sealSecondFactorsAtStart: role !== 'worker',
    },
  };
}
