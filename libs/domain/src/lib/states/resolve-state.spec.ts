import {
  LEGACY_STATE_CODES,
  STATE_NAME_ALIASES,
  UnknownStateError,
  normaliseStateName,
  resolveState,
  tryResolveState,
} from './resolve-state';
import { STATES, STATE_BY_ISO3 } from './states';

const iso3 = (raw: string): string | undefined => tryResolveState(raw)?.iso3;

describe('normaliseStateName', () => {
  it('lower-cases, strips accents and collapses spaces', () => {
    expect(normaliseStateName('  Türkiye ')).toBe('turkiye');
    expect(normaliseStateName('SÃO  TOMÉ   and\tPRÍNCIPE')).toBe('sao tome and principe');
  });

  it('decodes numeric and named HTML entities', () => {
    expect(normaliseStateName('&#40;Unknown&#41;')).toBe('unknown');
    expect(normaliseStateName('C&ocirc;te d&rsquo;Ivoire')).toBe('cote divoire');
    expect(normaliseStateName('S&Atilde;O TOM&Eacute;')).toBe('sao tome');
    expect(normaliseStateName('&unknownentity;')).toBe('and unknownentity');
    expect(normaliseStateName('Trinidad &amp; Tobago')).toBe('trinidad and tobago');
    expect(normaliseStateName('Cote d&#39;Ivoire')).toBe('cote divoire');
    expect(normaliseStateName('Cote d&#x27;Ivoire')).toBe('cote divoire');
  });

  it('unifies apostrophes, ampersands and punctuation', () => {
    expect(normaliseStateName('Côte d’Ivoire')).toBe('cote divoire');
    expect(normaliseStateName("Cote d'Ivoire")).toBe('cote divoire');
    expect(normaliseStateName('cote-divoire')).toBe('cote divoire');
    expect(normaliseStateName('St Vincent & the Grenadines')).toBe('st vincent and the grenadines');
    expect(normaliseStateName('Bosnia+Herzegovina')).toBe('bosnia and herzegovina');
    expect(normaliseStateName('Korea, Dem. People’s Rep.')).toBe('korea dem peoples rep');
  });

  it('maps letters that have no decomposition', () => {
    expect(normaliseStateName('Ærø Łódź')).toBe('aero lodz');
  });
});

describe('resolveState', () => {
  it('resolves every UN short name, alpha-3 and alpha-2 code, in any case', () => {
    for (const s of STATES) {
      expect(resolveState(s.name)).toBe(s);
      expect(resolveState(s.name.toUpperCase())).toBe(s);
      expect(resolveState(s.iso3)).toBe(s);
      expect(resolveState(s.iso3.toLowerCase())).toBe(s);
      expect(resolveState(s.iso2)).toBe(s);
      expect(resolveState(s.iso2.toLowerCase())).toBe(s);
    }
  });

  it('resolves every alias to the State it names', () => {
    for (const [alias, code] of Object.entries(STATE_NAME_ALIASES)) {
      expect([alias, iso3(alias)]).toEqual([alias, code]);
    }
  });

  it('accepts former ISO codes that name a single current State', () => {
    for (const [code, target] of Object.entries(LEGACY_STATE_CODES)) {
      expect(iso3(code)).toBe(target);
      expect(STATE_BY_ISO3.has(target)).toBe(true);
    }
    expect(iso3('tp')).toBe('TLS');
  });

  it('handles accents and typographic apostrophes', () => {
    expect(iso3('Côte d’Ivoire')).toBe('CIV');
    expect(iso3('COTE D IVOIRE')).toBe('CIV');
    expect(iso3('Turkiye')).toBe('TUR');
    expect(iso3('São Tomé and Príncipe')).toBe('STP');
    expect(iso3('Democratic People’s Republic of Korea')).toBe('PRK');
  });

  it('handles HTML entities', () => {
    expect(iso3('Lao People&#39;s Democratic Republic')).toBe('LAO');
    expect(iso3('Antigua &amp; Barbuda')).toBe('ATG');
    expect(iso3('Bolivia &#40;Plurinational State of&#41;')).toBe('BOL');
  });

  it('treats "&", "and" and their absence alike, and "St" as "Saint"', () => {
    expect(iso3('St Vincent & the Grenadines')).toBe('VCT');
    expect(iso3('St. Vincent And The Grenadines')).toBe('VCT');
    expect(iso3('Saint Vincent and Grenadines')).toBe('VCT');
    expect(iso3('Bosnia Herzegovina')).toBe('BIH');
    expect(iso3('St Kitts & Nevis')).toBe('KNA');
    expect(iso3('The Gambia')).toBe('GMB');
  });

  it('resolves slugs', () => {
    expect(iso3('united-kingdom')).toBe('GBR');
    expect(iso3('cote-divoire')).toBe('CIV');
    expect(iso3('democratic-republic-of-the-congo')).toBe('COD');
    expect(iso3('saint_lucia')).toBe('LCA');
  });

  it('resolves inverted ("Korea, Republic of") and parenthesised forms', () => {
    expect(iso3('Korea, Republic of')).toBe('KOR');
    expect(iso3('Congo, The Democratic Republic Of The')).toBe('COD');
    expect(iso3('Tanzania, United Republic Of')).toBe('TZA');
    expect(iso3('Netherlands (Kingdom of the)')).toBe('NLD');
    expect(iso3('Kingdom of the Netherlands')).toBe('NLD');
    expect(iso3('Islamic Republic of Iran')).toBe('IRN');
  });

  it('keeps the two Congos, the two Koreas, the two Sudans and the Guineas apart', () => {
    expect(iso3('Congo')).toBe('COG');
    expect(iso3('Republic of Congo')).toBe('COG');
    expect(iso3('Democratic Republic of Congo')).toBe('COD');
    expect(iso3('Republic of Korea')).toBe('KOR');
    expect(iso3('DPR Korea')).toBe('PRK');
    expect(iso3('Sudan')).toBe('SDN');
    expect(iso3('South Sudan')).toBe('SSD');
    expect(iso3('Guinea')).toBe('GIN');
    expect(iso3('Guinea Bissau')).toBe('GNB');
    expect(iso3('Equatorial Guinea')).toBe('GNQ');
    expect(iso3('Niger')).toBe('NER');
    expect(iso3('Dominica')).toBe('DMA');
  });

  it('repairs words split by document conversion', () => {
    expect(iso3('Sierra Le one')).toBe('SLE');
    expect(iso3('Bolivia (Plurinational S tate of)')).toBe('BOL');
  });

  it('throws UnknownStateError naming the input, and never guesses', () => {
    expect(() => resolveState('Atlantis')).toThrow(UnknownStateError);
    expect(() => resolveState('Atlantis')).toThrow(/"Atlantis"/);
    try {
      resolveState('&#40;Unknown&#41;');
      throw new Error('expected resolveState to throw');
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownStateError);
      expect((error as UnknownStateError).input).toBe('&#40;Unknown&#41;');
      expect((error as UnknownStateError).message).toContain('&#40;Unknown&#41;');
    }
    for (const notAState of ['', '   ', 'Korea', 'Kosovo', 'Montserrat', 'XX', 'EU', 'S', 'Serbia and Montenegro']) {
      expect([notAState, tryResolveState(notAState)]).toEqual([notAState, undefined]);
    }
  });
});
