import type { CooperationRow, FieldSpec } from './cooperation-kinds';

export type FormValues = Readonly<Record<string, string>>;

/** "requested 2021-01-10" lines → history events; the line's problem when one is not in that shape. */
export function parseHistory(text: string): { events: { status: string; on: string }[] } | { problem: string } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const events: { status: string; on: string }[] = [];
  for (const line of lines) {
    const m = /^([a-z_ ]+?)\s*:?\s+(\d{4}-\d{2}-\d{2})$/i.exec(line);
    if (m === null) return { problem: $localize`:Error in a visit history line@@coop.history.bad:"${line}:line:" is not a status and a date like "requested 2021-01-10".` };
    events.push({ status: (m[1] ?? '').trim().toLowerCase().replace(/\s+/g, '_'), on: m[2] ?? '' });
  }
  return { events };
}

export function historyText(history: unknown): string {
  return Array.isArray(history) ? history.map((h: { status: string; on: string }) => `${h.status.replace(/_/g, ' ')} ${h.on}`).join('\n') : '';
}

/** The form's values for a record (empty for a new one). */
export function formValues(fields: readonly FieldSpec[], record: CooperationRow | null): FormValues {
  return Object.fromEntries(
    fields.map((f) => {
      const value = record?.[f.name];
      if (f.type === 'history') return [f.name, historyText(value)];
      return [f.name, value === null || value === undefined ? '' : String(value)];
    }),
  );
}

/**
 * The request body from the form: numbers for integer fields, history events, trimmed text. An empty
 * optional field is left out of a new record and sent as null in an update (to clear it). Problems
 * the browser can see are returned per field; the server checks everything again.
 */
export function formBody(fields: readonly FieldSpec[], values: FormValues, version: number | null): { body: Record<string, unknown> } | { problems: Record<string, string> } {
  const body: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const field of fields) {
    const raw = (values[field.name] ?? '').trim();
    if (raw === '') {
      if (field.required) problems[field.name] = $localize`:Error of an empty required field@@coop.form.required:Fill in this field.`;
      else if (version !== null) body[field.name] = null;
      continue;
    }
    switch (field.type) {
      case 'integer':
        if (!/^-?\d+$/.test(raw)) problems[field.name] = $localize`:Error of a number field@@coop.form.integer:Enter a whole number.`;
        else body[field.name] = Number(raw);
        break;
      case 'history': {
        const parsed = parseHistory(raw);
        if ('problem' in parsed) problems[field.name] = parsed.problem;
        else body[field.name] = parsed.events;
        break;
      }
      case 'text':
        body[field.name] = field.name === 'stateIso3' ? raw.toUpperCase() : raw;
        break;
      case 'date':
      case 'select':
        body[field.name] = raw;
        break;
    }
  }
  if (Object.keys(problems).length > 0) return { problems };
  return { body: version === null ? body : { ...body, version } };
}
