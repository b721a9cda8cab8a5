import { REGIONAL_GROUPS, RegionalGroup, STATES, STATE_BY_ISO2, STATE_BY_ISO3, STATE_BY_M49 } from './states';

function count(predicate: (s: (typeof STATES)[number]) => boolean): number {
  return STATES.filter(predicate).length;
}

function isoCodes(predicate: (s: (typeof STATES)[number]) => boolean): string[] {
  return STATES.filter(predicate)
    .map((s) => s.iso3)
    .sort();
}

describe('STATES', () => {
  it('has the 193 UN Member States and the 2 observer States', () => {
    expect(STATES).toHaveLength(195);
    expect(count((s) => s.unMember)).toBe(193);
    expect(isoCodes((s) => s.observer)).toEqual(['PSE', 'VAT']);
    expect(count((s) => s.unMember === s.observer)).toBe(0);
  });

  it('has unique, well-formed ISO alpha-3, alpha-2 and M49 codes and unique names', () => {
    for (const key of ['iso3', 'iso2', 'm49', 'name'] as const) {
      expect(new Set(STATES.map((s) => s[key])).size).toBe(STATES.length);
    }
    for (const s of STATES) {
      expect(s.iso3).toMatch(/^[A-Z]{3}$/);
      expect(s.iso2).toMatch(/^[A-Z]{2}$/);
      expect(s.m49).toMatch(/^\d{3}$/);
      expect(s.name.trim()).toBe(s.name);
    }
  });

  it('is sorted by UN short name (English collation, accents ignored)', () => {
    const names = STATES.map((s) => s.name);
    const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(names).toEqual(sorted);
  });

  it('indexes every State by alpha-3, alpha-2 and M49', () => {
    expect(STATE_BY_ISO3.size).toBe(195);
    expect(STATE_BY_ISO2.size).toBe(195);
    expect(STATE_BY_M49.size).toBe(195);
    expect(STATE_BY_ISO3.get('BOL')?.name).toBe('Bolivia (Plurinational State of)');
    expect(STATE_BY_ISO2.get('GB')?.iso3).toBe('GBR');
    expect(STATE_BY_M49.get('004')?.iso3).toBe('AFG');
  });

  describe('UN regional groups (UN DGACM, "Regional groups of Member States")', () => {
    const members = (group: RegionalGroup): number => count((s) => s.unMember && s.regionalGroup === group);

    it('African 54, Eastern European 23, GRULAC 33', () => {
      expect(members('AFRICAN')).toBe(54);
      expect(members('EASTERN_EUROPEAN')).toBe(23);
      expect(members('GRULAC')).toBe(33);
    });

    it('WEOG 28 members, plus the United States recorded as WEOG (observer)', () => {
      expect(members('WEOG')).toBe(29);
      expect(count((s) => s.unMember && s.regionalGroup === 'WEOG' && s.iso3 !== 'USA')).toBe(28);
      expect(STATE_BY_ISO3.get('USA')?.regionalGroup).toBe('WEOG');
    });

    it('Asia-Pacific: the usual 53, plus Kiribati (which joined in 2010), plus Palestine (observer)', () => {
      // The long-quoted "53" predates Kiribati's membership; with Kiribati the group has 54 Member
      // States (54 + 54 + 23 + 33 + 28 + the United States = 193).
      expect(count((s) => s.unMember && s.regionalGroup === 'ASIA_PACIFIC' && s.iso3 !== 'KIR')).toBe(53);
      expect(members('ASIA_PACIFIC')).toBe(54);
      expect(STATE_BY_ISO3.get('KIR')?.regionalGroup).toBe('ASIA_PACIFIC');
      expect(STATE_BY_ISO3.get('PSE')?.regionalGroup).toBe('ASIA_PACIFIC');
    });

    it('gives every Member State a group; only the Holy See has none', () => {
      expect(isoCodes((s) => s.regionalGroup === null)).toEqual(['VAT']);
      expect(REGIONAL_GROUPS.reduce((sum, g) => sum + members(g), 0)).toBe(193);
    });

    it('places the States that sit outside their M49 region', () => {
      expect(STATE_BY_ISO3.get('TUR')?.regionalGroup).toBe('WEOG');
      expect(STATE_BY_ISO3.get('ISR')?.regionalGroup).toBe('WEOG');
      expect(STATE_BY_ISO3.get('AUS')?.regionalGroup).toBe('WEOG');
      expect(STATE_BY_ISO3.get('CYP')?.regionalGroup).toBe('ASIA_PACIFIC');
      expect(STATE_BY_ISO3.get('ARM')?.regionalGroup).toBe('EASTERN_EUROPEAN');
      expect(STATE_BY_ISO3.get('GEO')?.regionalGroup).toBe('EASTERN_EUROPEAN');
    });
  });

  describe('M49 development groupings', () => {
    it('LDC (M49 199): 44, per the UN CDP list of December 2024', () => {
      // Source: UN-DESA / Committee for Development Policy, "List of Least Developed Countries"
      // (as of 13 December 2024): 44 countries, after Bhutan (2023) and Sao Tome and Principe
      // (2024) graduated.
      expect(count((s) => s.ldc)).toBe(44);
      expect(STATE_BY_ISO3.get('BTN')?.ldc).toBe(false);
      expect(STATE_BY_ISO3.get('STP')?.ldc).toBe(false);
      expect(STATE_BY_ISO3.get('VUT')?.ldc).toBe(false);
      expect(STATE_BY_ISO3.get('BGD')?.ldc).toBe(true);
      expect(count((s) => s.ldc && s.m49Region === 'Africa')).toBe(32);
    });

    it('LLDC (M49 432): 32, per UN-OHRLLS', () => {
      expect(count((s) => s.lldc)).toBe(32);
      expect(isoCodes((s) => s.lldc && s.m49Region === 'Americas')).toEqual(['BOL', 'PRY']);
    });

    it('SIDS (M49 722): the 37 UN Member States in the group (Bahrain left the list in 2023)', () => {
      expect(count((s) => s.sids)).toBe(37);
      expect(count((s) => s.sids && !s.unMember)).toBe(0);
      expect(STATE_BY_ISO3.get('BHR')?.sids).toBe(false);
      expect(STATE_BY_ISO3.get('SGP')?.sids).toBe(true);
    });
  });

  describe('M49 regions', () => {
    it('splits the Member States 54 / 35 / 47 / 43 / 14 across the five regions', () => {
      const byRegion = (region: string): number => count((s) => s.unMember && s.m49Region === region);
      expect(byRegion('Africa')).toBe(54);
      expect(byRegion('Americas')).toBe(35);
      expect(byRegion('Asia')).toBe(47);
      expect(byRegion('Europe')).toBe(43);
      expect(byRegion('Oceania')).toBe(14);
    });

    it('records sub-regions and, where M49 has them, intermediate regions', () => {
      const kenya = STATE_BY_ISO3.get('KEN');
      expect(kenya?.m49SubRegion).toBe('Sub-Saharan Africa');
      expect(kenya?.m49IntermediateRegion).toBe('Eastern Africa');
      expect(STATE_BY_ISO3.get('JPN')?.m49SubRegion).toBe('Eastern Asia');
      expect(STATE_BY_ISO3.get('JPN')?.m49IntermediateRegion).toBeUndefined();
      expect(STATE_BY_ISO3.get('PSE')?.m49SubRegion).toBe('Western Asia');
    });
  });
});
