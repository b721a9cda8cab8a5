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

  it('names the variable when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(new ConfigError('PORT', 'must be a whole number, got "eighty"'));
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must use one of postgres:, postgresql:/);
    expect(() => loadConfig({ PROCESS_ROLE: 'api' })).toThrow(/DATABASE_URL is required when PROCESS_ROLE is "api"/);
    expect(() => loadConfig({ PROCESS_ROLE: 'cron' })).toThrow(/PROCESS_ROLE must be one of all, api, worker/);
  });
});
