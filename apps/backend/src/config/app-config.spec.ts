import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('describes the zero-setup mode when nothing is set', () => {
    const config = loadConfig({}, '/srv/tracker');
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeNull();
    expect(config.database.embedded.dataDir).toBe('/srv/tracker/.data/postgres');
    expect(config.redisUrl).toBeNull();
    expect(config.role).toBe('all');
    expect(config.frontendDir).toBe('/srv/tracker/dist/frontend/browser');
  });

  it('uses an external database and Redis when their URLs are given', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/tracker', REDIS_URL: 'redis://cache:6379', PROCESS_ROLE: 'worker' }, '/');
    expect(config.database.url).toBe('postgres://u@db:5432/tracker');
    expect(config.redisUrl).toBe('redis://cache:6379');
    expect(config.role).toBe('worker');
  });

  it('reads the queue namespace and the upload limit of imports', () => {
    expect(loadConfig({}, '/')).toEqual(expect.objectContaining({ queuePrefix: 'tracker', imports: { maxUploadBytes: 200 * 1024 * 1024 } }));
    const custom = loadConfig({ QUEUE_PREFIX: 'tracker-eu', IMPORT_MAX_UPLOAD_MB: '5' }, '/');
    expect(custom).toEqual(expect.objectContaining({ queuePrefix: 'tracker-eu', imports: { maxUploadBytes: 5 * 1024 * 1024 } }));
    expect(() => loadConfig({ QUEUE_PREFIX: 'a:b' })).toThrow(new ConfigError('QUEUE_PREFIX', 'must be 1–64 letters, digits, "-" or "_", got "a:b"'));
    expect(() => loadConfig({ IMPORT_MAX_UPLOAD_MB: '0' })).toThrow(/IMPORT_MAX_UPLOAD_MB must be between 1 and 2048/);
  });

  it('keeps Fund documents privately under DATA_DIR, with a size limit', () => {
    expect(loadConfig({}, '/srv/tracker').fund).toEqual({ documentsDir: '/srv/tracker/.data/fund-documents', documentMaxBytes: 20 * 1024 * 1024 });
    expect(loadConfig({ DATA_DIR: '/var/lib/tracker', FUND_DOCUMENT_MAX_MB: '5' }, '/').fund).toEqual({ documentsDir: '/var/lib/tracker/fund-documents', documentMaxBytes: 5 * 1024 * 1024 });
    expect(() => loadConfig({ FUND_DOCUMENT_MAX_MB: '0' })).toThrow(new ConfigError('FUND_DOCUMENT_MAX_MB', 'must be between 1 and 1024, got 0'));
  });

  it('keeps slow dashboard aggregates in memory from 250 ms and warms them up in API processes, configurable', () => {
    expect(loadConfig({}, '/').dashboard).toEqual({ cacheMinMs: 250, warmUp: true });
    expect(loadConfig({ DASHBOARD_CACHE_MIN_MS: '0', DASHBOARD_WARM_UP: 'false' }, '/').dashboard).toEqual({ cacheMinMs: 0, warmUp: false });
    expect(loadConfig({ PROCESS_ROLE: 'worker', DATABASE_URL: 'postgres://db/tracker' }, '/').dashboard.warmUp).toBe(false);
    expect(() => loadConfig({ DASHBOARD_CACHE_MIN_MS: '-1' })).toThrow(new ConfigError('DASHBOARD_CACHE_MIN_MS', 'must be a whole number, got "-1"'));
    expect(() => loadConfig({ DASHBOARD_WARM_UP: 'maybe' })).toThrow(new ConfigError('DASHBOARD_WARM_UP', 'must be true or false, got "maybe"'));
  });

  it('names the variable when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(new ConfigError('PORT', 'must be a whole number, got "eighty"'));
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must use one of postgres:, postgresql:/);
    expect(() => loadConfig({ PROCESS_ROLE: 'api' })).toThrow(/DATABASE_URL is required when PROCESS_ROLE is "api"/);
    expect(() => loadConfig({ PROCESS_ROLE: 'cron' })).toThrow(/PROCESS_ROLE must be one of all, api, worker/);
  });

  it('reads the session and sign-in settings, secure cookies by default', () => {
    const defaults = loadConfig({}, '/').auth;
    expect(defaults).toEqual({
      cookieSecure: true,
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      loginMaxFailures: 5,
      loginLockMinutes: 15,
      invitationTtlHours: 168,
      publicUrl: 'http://localhost:3000',
      secretsKey: { kind: 'file', path: '/.data/secrets.key' },
      sealSecondFactorsAtStart: true,
    });
    const custom = loadConfig({ COOKIE_SECURE: 'false', SESSION_IDLE_MINUTES: '5', PUBLIC_URL: 'https://tracker.example.org/' }, '/').auth;
    expect(custom).toEqual(expect.objectContaining({ cookieSecure: false, sessionIdleMinutes: 5, publicUrl: 'https://tracker.example.org' }));
    expect(() => loadConfig({ COOKIE_SECURE: 'maybe' })).toThrow(new ConfigError('COOKIE_SECURE', 'must be true or false, got "maybe"'));
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES must be between 1 and 1440/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL must use one of http:, https:/);
  });

  it('takes the key of second factors from SECRETS_KEY, required for API processes started apart', () => {
    const hex = 'ab'.repeat(32);
    const given = loadConfig({ SECRETS_KEY: hex, DATA_DIR: '/var/lib/tracker' }, '/').auth.secretsKey;
    expect(given.kind === 'value' && given.key.toString('hex')).toBe(hex);
    expect(loadConfig({ DATA_DIR: '/var/lib/tracker', DATABASE_URL: 'postgres://db/t', PROCESS_ROLE: 'worker' }, '/').auth.secretsKey).toEqual({
      kind: 'file',
      path: '/var/lib/tracker/secrets.key',
    });
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/t', PROCESS_ROLE: 'api' })).toThrow(/SECRETS_KEY is required when PROCESS_ROLE is "api"/);
    expect(() => loadConfig({ SECRETS_KEY: 'abc' })).toThrow(/SECRETS_KEY must be 32 bytes/);
  });
});
