import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DEADLINE_SETTINGS } from '@tracker/domain';
import { ConfigError, loadConfig } from './app-config';
import { parseDeadlineSettings } from './deadline-settings';

const load = (env: Record<string, string>) => loadConfig(env, '/srv/tracker').followUp;

describe('follow-up configuration', () => {
  it('has working defaults: evidence under DATA_DIR, no SMTP, the system clock, the documented deadline settings', () => {
    const config = load({});
    expect(config).toMatchObject({ evidenceMaxBytes: 20 * 1024 * 1024, evidenceDir: '/srv/tracker/.data/evidence', smtpUrl: null, mailFrom: 'tracker@localhost', digestCron: '0 6 * * *', clock: { kind: 'system' } });
    expect(config.evidenceTypes).toContain('application/pdf');
    expect(config.deadlineSettings).toEqual(DEFAULT_DEADLINE_SETTINGS);
  });

  it('honours TEST_CLOCK only with NODE_ENV=test, naming the variable otherwise', () => {
    expect(() => load({ TEST_CLOCK: '2025-06-01' })).toThrow(new ConfigError('TEST_CLOCK', 'is honoured only when NODE_ENV=test (NODE_ENV is "")'));
    expect(() => load({ TEST_CLOCK: '2025-06-01', NODE_ENV: 'production' })).toThrow(/TEST_CLOCK is honoured only when NODE_ENV=test/);
    expect(load({ TEST_CLOCK: '2025-06-01', NODE_ENV: 'test' }).clock).toEqual({ kind: 'fixed', at: '2025-06-01T12:00:00Z' });
    expect(load({ TEST_CLOCK: 'file:tmp/clock', NODE_ENV: 'test' }).clock).toEqual({ kind: 'file', path: '/srv/tracker/tmp/clock' });
    expect(() => load({ TEST_CLOCK: 'tomorrow', NODE_ENV: 'test' })).toThrow(/TEST_CLOCK must be a date/);
  });

  it('validates evidence limits, SMTP and the sender, naming each variable', () => {
    expect(load({ EVIDENCE_MAX_FILE_MB: '5', EVIDENCE_TYPES: 'application/pdf, Image/PNG' })).toMatchObject({ evidenceMaxBytes: 5 * 1024 * 1024, evidenceTypes: ['application/pdf', 'image/png'] });
    expect(() => load({ EVIDENCE_MAX_FILE_MB: '0' })).toThrow(/EVIDENCE_MAX_FILE_MB must be between 1 and 1024/);
    expect(() => load({ EVIDENCE_TYPES: 'pdf' })).toThrow(/EVIDENCE_TYPES must be a comma-separated list of MIME types, got "pdf"/);
    expect(load({ SMTP_URL: 'smtp://mail.example.org:587' }).smtpUrl).toBe('smtp://mail.example.org:587');
    expect(() => load({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL must use one of smtp:, smtps:/);
    expect(() => load({ MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM must be an e-mail address/);
    expect(load({ OVERDUE_DIGEST_CRON: 'off' }).digestCron).toBeNull();
  });

  it('reads deadline settings from DEADLINE_SETTINGS_FILE, naming the variable and the key on error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deadline-settings-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ treatyFollowUpMonths: { CCPR: 24 }, graceDays: { upr_mid_term_report: 30 } }));
    const settings = load({ DEADLINE_SETTINGS_FILE: good }).deadlineSettings;
    expect(settings.treatyFollowUpMonths).toEqual({ CCPR: 24 });
    expect(settings.graceDays.upr_mid_term_report).toBe(30);
    expect(settings.upr).toEqual(DEFAULT_DEADLINE_SETTINGS.upr);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ upr: { midTermMonthsAfterReview: 0 } }));
    expect(() => load({ DEADLINE_SETTINGS_FILE: bad })).toThrow('Invalid configuration: DEADLINE_SETTINGS_FILE upr.midTermMonthsAfterReview must be a whole number ≥ 1');
    expect(() => load({ DEADLINE_SETTINGS_FILE: join(dir, 'missing.json') })).toThrow(/DEADLINE_SETTINGS_FILE cannot be read as JSON/);
  });
});

describe('parseDeadlineSettings', () => {
  it('refuses unknown keys, bodies and report kinds', () => {
    expect(parseDeadlineSettings({ uprr: {} })).toEqual({ problem: 'settings.uprr is not a setting' });
    expect(parseDeadlineSettings({ treatyFollowUpMonths: { HRC: 12 } })).toEqual({ problem: 'treatyFollowUpMonths.HRC is not a setting' });
    expect(parseDeadlineSettings({ qualifyingReports: { upr_response: ['a letter'] } })).toEqual({ problem: expect.stringContaining('qualifyingReports.upr_response must be a list of') });
    expect(parseDeadlineSettings([])).toEqual({ problem: 'must contain a JSON object' });
  });
});
