import {
  AFFECTED_PERSONS,
  AFFECTED_PERSONS_BY_CODE,
  AFFECTED_PERSON_ALIASES,
  resolveAffectedPerson,
} from './affected-persons';
import { vocabularyKey } from './themes';

const code = (raw: string): string | undefined => resolveAffectedPerson(raw)?.code;

describe('AFFECTED_PERSONS', () => {
  it('has unique kebab-case codes and unique names', () => {
    expect(new Set(AFFECTED_PERSONS.map((p) => p.code)).size).toBe(AFFECTED_PERSONS.length);
    expect(new Set(AFFECTED_PERSONS.map((p) => vocabularyKey(p.name))).size).toBe(AFFECTED_PERSONS.length);
    for (const p of AFFECTED_PERSONS) expect(p.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(AFFECTED_PERSONS_BY_CODE.size).toBe(AFFECTED_PERSONS.length);
  });

  it('covers the UHRI groups', () => {
    for (const label of [
      'Women',
      'Children',
      'Persons with disabilities',
      'Migrants',
      'Refugees & asylum seekers',
      'Indigenous peoples',
      'Minorities',
      'Human rights defenders',
      'LGBTI',
      'Older persons',
      'Persons deprived of their liberty',
      'Journalists',
      'Internally displaced persons',
      'Stateless persons',
    ]) {
      expect([label, resolveAffectedPerson(label)]).not.toEqual([label, undefined]);
    }
  });

  it('resolves names, codes and aliases case-insensitively, with or without a "- " bullet', () => {
    for (const p of AFFECTED_PERSONS) {
      expect(resolveAffectedPerson(p.name)).toBe(p);
      expect(resolveAffectedPerson(p.code)).toBe(p);
      expect(resolveAffectedPerson(`- ${p.name.toUpperCase()}`)).toBe(p);
    }
    for (const [alias, target] of Object.entries(AFFECTED_PERSON_ALIASES)) {
      expect([alias, code(alias)]).toEqual([alias, target]);
    }
    expect(code('minorities/ racial, ethnic, linguistic, religious or descent-based groups')).toBe('minorities');
    expect(code('lesbian, gay, bisexual and transgender and intersex persons (LGBTI)')).toBe('lgbti');
    expect(code('Women &amp; girls')).toBe('women');
  });

  it('returns undefined for unknown labels', () => {
    expect(resolveAffectedPerson('')).toBeUndefined();
    expect(resolveAffectedPerson('Astronauts')).toBeUndefined();
  });
});
