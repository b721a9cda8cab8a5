import { DEADLINE_KINDS, DEFAULT_DEADLINE_SETTINGS, QUALIFYING_REPORT_KINDS, TREATY_BODY_CODES, type DeadlineSettings } from '@tracker/domain';

/**
 * Deadline settings from a JSON file (DEADLINE_SETTINGS_FILE): any part of DEFAULT_DEADLINE_SETTINGS
 * may be overridden; everything else keeps its documented default. Returns the merged settings or
 * the path of the first wrong key and why (the caller names the variable).
 */
export function parseDeadlineSettings(json: unknown): { settings: DeadlineSettings } | { problem: string } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { problem: 'must contain a JSON object' };
  const input = json as Record<string, unknown>;
  const problems: string[] = [];
  const whole = (path: string, value: unknown, minimum: number): number | undefined => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= minimum) return value;
    problems.push(`${path} must be a whole number ≥ ${minimum}`);
    return undefined;
  };
  const object = (path: string, value: unknown): Record<string, unknown> => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    problems.push(`${path} must be an object`);
    return {};
  };
  const known = (path: string, value: Record<string, unknown>, keys: readonly string[]): void => {
    for (const key of Object.keys(value)) if (!keys.includes(key)) problems.push(`${path}.${key} is not a setting`);
  };
  known('settings', input, Object.keys(DEFAULT_DEADLINE_SETTINGS));

  const upr = { ...DEFAULT_DEADLINE_SETTINGS.upr };
  if (input['upr'] !== undefined) {
    const given = object('upr', input['upr']);
    known('upr', given, Object.keys(upr));
    for (const key of Object.keys(upr) as (keyof typeof upr)[]) {
      if (given[key] !== undefined) upr[key] = whole(`upr.${key}`, given[key], key === 'responseMonthsAfterReview' ? 0 : 1) ?? upr[key];
    }
  }
  const perBody = (name: 'treatyFollowUpMonths' | 'treatyPeriodicityYears'): DeadlineSettings[typeof name] => {
    const merged: Record<string, number> = { ...DEFAULT_DEADLINE_SETTINGS[name] };
    if (input[name] === undefined) return merged;
    const given = object(name, input[name]);
    known(name, given, TREATY_BODY_CODES);
    for (const [body, value] of Object.entries(given)) {
      const parsed = whole(`${name}.${body}`, value, 1);
      if (parsed !== undefined) merged[body] = parsed;
    }
    return merged;
  };
  const treatyFollowUpMonths = perBody('treatyFollowUpMonths');
  const treatyPeriodicityYears = perBody('treatyPeriodicityYears');
  const communicationReplyDays =
    input['communicationReplyDays'] === undefined ? DEFAULT_DEADLINE_SETTINGS.communicationReplyDays : (whole('communicationReplyDays', input['communicationReplyDays'], 1) ?? 0);
  const graceDays = { ...DEFAULT_DEADLINE_SETTINGS.graceDays };
  if (input['graceDays'] !== undefined) {
    const given = object('graceDays', input['graceDays']);
    known('graceDays', given, DEADLINE_KINDS);
    for (const kind of DEADLINE_KINDS) if (given[kind] !== undefined) graceDays[kind] = whole(`graceDays.${kind}`, given[kind], 0) ?? 0;
  }
  const qualifyingReports = { ...DEFAULT_DEADLINE_SETTINGS.qualifyingReports };
  if (input['qualifyingReports'] !== undefined) {
    const given = object('qualifyingReports', input['qualifyingReports']);
    known('qualifyingReports', given, DEADLINE_KINDS);
    for (const kind of DEADLINE_KINDS) {
      const value = given[kind];
      if (value === undefined) continue;
      if (Array.isArray(value) && value.every((v) => typeof v === 'string' && (QUALIFYING_REPORT_KINDS as readonly string[]).includes(v))) {
        qualifyingReports[kind] = value as DeadlineSettings['qualifyingReports'][typeof kind];
      } else {
        problems.push(`qualifyingReports.${kind} must be a list of ${QUALIFYING_REPORT_KINDS.join(', ')}`);
      }
    }
  }
  if (problems.length > 0) return { problem: problems.join('; ') };
  return { settings: { upr, treatyFollowUpMonths, treatyPeriodicityYears, communicationReplyDays, graceDays, qualifyingReports } };
}
