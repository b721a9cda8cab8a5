import { DEFAULT_COOPERATION_SETTINGS } from '@tracker/domain';
import { ConfigError, loadConfig } from './app-config';

const load = (env: Record<string, string>) => loadConfig(env, '/srv/tracker');

function refusal(env: Record<string, string>): string {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('configuration of the non-cooperation sweep', () => {
  it('defaults to a daily sweep at 03:00 UTC, quarterly windows, K = 2 and the rules’ own thresholds', () => {
    expect(load({}).cooperation).toEqual({ sweepCron: '0 3 * * *', settings: DEFAULT_COOPERATION_SETTINGS });
  });

  it('takes a cron, the window granularity, K and threshold overrides', () => {
    const c = load({
      COOPERATION_SWEEP_CRON: '30 2 * * 1-5',
      COOPERATION_WINDOW: 'month',
      COOPERATION_PERSISTENCE_WINDOWS: '3',
      COOPERATION_RULE_SETTINGS: '{"upr_steps_missed": {"minMissedSteps": 2}, "sp_reply_rate_low": {"minimumRate": 0.4}}',
    }).cooperation;
    expect(c.sweepCron).toBe('30 2 * * 1-5');
    expect(c.settings.window).toEqual({ granularity: 'month' });
    expect(c.settings.persistence).toEqual({ consecutiveWindows: 3 });
    expect(c.settings.rules.upr_steps_missed).toEqual({ minMissedSteps: 2 });
    expect(c.settings.rules.sp_reply_rate_low).toEqual({ ...DEFAULT_COOPERATION_SETTINGS.rules.sp_reply_rate_low, minimumRate: 0.4 });
    expect(c.settings.rules.treaty_grade_d).toEqual(DEFAULT_COOPERATION_SETTINGS.rules.treaty_grade_d);
  });

  it('turns the scheduled sweep off', () => {
    expect(load({ COOPERATION_SWEEP_CRON: 'off' }).cooperation.sweepCron).toBeNull();
  });

  it('stops at boot with a message naming the variable for a wrong value', () => {
    expect(refusal({ COOPERATION_SWEEP_CRON: '0 3 * *' })).toBe('Invalid configuration: COOPERATION_SWEEP_CRON must be a cron expression "minute hour day month weekday" (UTC) or "off": 4 fields instead of 5, got "0 3 * *"');
    expect(refusal({ COOPERATION_SWEEP_CRON: '0 25 * * *' })).toMatch(/^Invalid configuration: COOPERATION_SWEEP_CRON .*field 2 "25" is outside 0–23/);
    expect(refusal({ COOPERATION_SWEEP_CRON: '*/0 * * * *' })).toMatch(/COOPERATION_SWEEP_CRON .*step of 0/);
    expect(refusal({ COOPERATION_SWEEP_CRON: 'daily' })).toMatch(/COOPERATION_SWEEP_CRON/);
    expect(refusal({ COOPERATION_WINDOW: 'week' })).toBe('Invalid configuration: COOPERATION_WINDOW must be one of month, quarter, year (got "week")');
    expect(refusal({ COOPERATION_PERSISTENCE_WINDOWS: '0' })).toBe('Invalid configuration: COOPERATION_PERSISTENCE_WINDOWS must be between 1 and 24, got 0');
    expect(refusal({ COOPERATION_RULE_SETTINGS: '{' })).toBe('Invalid configuration: COOPERATION_RULE_SETTINGS is not valid JSON');
    expect(refusal({ COOPERATION_RULE_SETTINGS: '{"no_such_rule": {}}' })).toMatch(/COOPERATION_RULE_SETTINGS names an unknown rule "no_such_rule"/);
    expect(refusal({ COOPERATION_RULE_SETTINGS: '{"upr_steps_missed": {"steps": 2}}' })).toMatch(/"upr_steps_missed" has no setting "steps" \(settings: minMissedSteps\)/);
    expect(refusal({ COOPERATION_RULE_SETTINGS: '{"upr_steps_missed": {"minMissedSteps": "2"}}' })).toMatch(/"upr_steps_missed.minMissedSteps" must be a number/);
    // The rule itself checks the range of its threshold.
    expect(refusal({ COOPERATION_RULE_SETTINGS: '{"upr_steps_missed": {"minMissedSteps": 6}}' })).toBe(
      'Invalid configuration: COOPERATION_RULE_SETTINGS Setting upr_steps_missed.minMissedSteps must be a whole number between 1 and 5, got 6',
    );
  });
});
