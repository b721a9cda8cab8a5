import type { DataSource, EntityManager } from 'typeorm';
import { AFFECTED_PERSONS, BODIES, SDG_GOALS, SDG_TARGETS, STATES, THEMES } from '@tracker/domain';

export interface SeedSummary {
  states: number;
  bodies: number;
  themes: number;
  affectedPersons: number;
  sdgs: number;
}

async function upsert(
  manager: EntityManager,
  table: string,
  key: string,
  columns: Record<string, string>,
  rows: readonly object[],
): Promise<void> {
  const names = Object.keys(columns);
  const definition = names.map((n) => `"${n}" ${columns[n]}`).join(', ');
  const updates = names.filter((n) => n !== key).map((n) => `"${n}" = EXCLUDED."${n}"`);
  const changed = names.filter((n) => n !== key).map((n) => `${table}."${n}" IS DISTINCT FROM EXCLUDED."${n}"`);
  await manager.query(
    `INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')})
     SELECT ${names.map((n) => `r."${n}"`).join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${definition})
     ON CONFLICT ("${key}") DO UPDATE SET ${updates.join(', ')}
     WHERE ${changed.join(' OR ')}`,
    [JSON.stringify(rows)],
  );
}

/**
 * Upserts the reference vocabularies with their fixed keys. Safe to run on every start:
 * a second run changes nothing, and rows added by people (e.g. extra themes) are kept.
 */
export async function seedReferenceData(dataSource: DataSource): Promise<SeedSummary> {
  return dataSource.transaction(async (manager) => {
    await upsert(
      manager,
      'state',
      'iso3',
      {
        iso3: 'char(3)',
        iso2: 'char(2)',
        m49: 'char(3)',
        name: 'text',
        un_member: 'boolean',
        observer: 'boolean',
        regional_group: 'varchar(32)',
        m49_region: 'text',
        m49_sub_region: 'text',
        ldc: 'boolean',
        lldc: 'boolean',
        sids: 'boolean',
      },
      STATES.map((s) => ({
        iso3: s.iso3,
        iso2: s.iso2,
        m49: s.m49,
        name: s.name,
        un_member: s.unMember,
        observer: s.observer,
        regional_group: s.regionalGroup,
        m49_region: s.m49Region,
        m49_sub_region: s.m49SubRegion,
        ldc: s.ldc,
        lldc: s.lldc,
        sids: s.sids,
      })),
    );
    await upsert(
      manager,
      'body',
      'code',
      { code: 'varchar(16)', mechanism: 'varchar(32)', name: 'text', treaty: 'text' },
      BODIES.map((b) => ({ code: b.code, mechanism: b.kind, name: b.name, treaty: b.treaty })),
    );
    await upsert(manager, 'theme', 'code', { code: 'varchar(128)', name: 'text' }, THEMES);
    await upsert(manager, 'affected_person', 'code', { code: 'varchar(128)', name: 'text' }, AFFECTED_PERSONS);
    const sdgs = [
      ...SDG_GOALS.map((g) => ({ code: String(g.number), goal: g.number, kind: 'goal', title: g.title })),
      ...SDG_TARGETS.map((t) => ({ code: t.code, goal: t.goal, kind: 'target', title: t.title })),
    ];
    await upsert(manager, 'sdg', 'code', { code: 'varchar(8)', goal: 'smallint', kind: 'varchar(8)', title: 'text' }, sdgs);
    return {
      states: STATES.length,
      bodies: BODIES.length,
      themes: THEMES.length,
      affectedPersons: AFFECTED_PERSONS.length,
      sdgs: sdgs.length,
    };
  });
}
