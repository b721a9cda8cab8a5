import { extractAttributions, splitStateList } from './attributions';
import { compactName, createStateNameMatcher, domainStateNameMatcher } from './state-names';

const matcher = domainStateNameMatcher();

describe('State name matcher', () => {
  it('accepts known names and aliases, and repairs words split by PDF conversion', () => {
    expect(matcher.match('Venezuela (Bolivarian Republic of)')).toBe('Venezuela (Bolivarian Republic of)');
    expect(matcher.match(' Sierra Le one ')).toBe('Sierra Le one');
    expect(matcher.match('No. 29')).toBeNull();
    expect(matcher.match('NHRAP')).toBeNull();
  });

  it('does not take abbreviations in free text for ISO codes', () => {
    expect(matcher.match('AU')).toBeNull();
    expect(matcher.match('IT')).toBeNull();
  });

  it('splits names that run together, longest name first, with backtracking', () => {
    expect(matcher.splitRunTogether('FranceGermanyUnited Kingdom of Great Britain and Northern Ireland')).toEqual([
      'France',
      'Germany',
      'United Kingdom of Great Britain and Northern Ireland',
    ]);
    expect(matcher.splitRunTogether('Dominican RepublicDominicaNigerNigeria')).toEqual([
      'Dominican Republic',
      'Dominica',
      'Niger',
      'Nigeria',
    ]);
    expect(matcher.splitRunTogether('South SudanSudanTrinidad and Tobago')).toEqual([
      'South Sudan',
      'Sudan',
      'Trinidad and Tobago',
    ]);
    expect(matcher.splitRunTogether('Chile; Peru')).toEqual(['Chile', 'Peru']);
    expect(matcher.splitRunTogether('France and Germany')).toEqual(['France', 'Germany']);
    expect(matcher.splitRunTogether('FranceAtlantis')).toBeNull();
  });

  it('backtracks when the longest name leads to a dead end', () => {
    // In "AbCd" the longest name "Abc" swallows the C of "Cd": the split must step back to "Ab".
    const tiny = createStateNameMatcher(['Ab', 'Abc', 'Cd'], (n) => ['Ab', 'Abc', 'Cd'].includes(n));
    expect(tiny.splitRunTogether('AbCd')).toEqual(['Ab', 'Cd']);
    expect(tiny.splitRunTogether('AbcCd')).toEqual(['Abc', 'Cd']);
  });

  it('compacts names to letters and digits without accents', () => {
    expect(compactName('Côte d’Ivoire')).toBe('cotedivoire');
  });
});

describe('splitStateList', () => {
  it('reads one name, nested parentheses included, or a list', () => {
    expect(splitStateList('Venezuela (Bolivarian Republic of)', matcher)).toEqual(['Venezuela (Bolivarian Republic of)']);
    expect(splitStateList('France, Germany', matcher)).toEqual(['France', 'Germany']);
    expect(splitStateList('Chile; Peru', matcher)).toEqual(['Chile', 'Peru']);
    expect(splitStateList('Bolivia (Plurinational State of), Chile', matcher)).toEqual([
      'Bolivia (Plurinational State of)',
      'Chile',
    ]);
    expect(splitStateList('ILO No. 189', matcher)).toBeNull();
  });
});

describe('extractAttributions', () => {
  it('strips the trailing attribution, nested parentheses included', () => {
    expect(extractAttributions('Ratify OP-CAT (Venezuela (Bolivarian Republic of));', matcher)).toEqual({
      text: 'Ratify OP-CAT',
      states: ['Venezuela (Bolivarian Republic of)'],
    });
  });

  it('reads several States in one or several parentheses', () => {
    expect(extractAttributions('Ratify CPED (France, Germany);', matcher).states).toEqual(['France', 'Germany']);
    expect(extractAttributions('Ratify CPED (Chile; Peru).', matcher).states).toEqual(['Chile', 'Peru']);
    expect(extractAttributions('Ratify CPED (France) (Lithuania) ;', matcher)).toEqual({
      text: 'Ratify CPED',
      states: ['France', 'Lithuania'],
    });
  });

  it('keeps parentheses that are not States in the text', () => {
    expect(
      extractAttributions('Ratify the Forced Labour Convention, 1930 (No. 29) (United Kingdom of Great Britain and Northern Ireland);', matcher),
    ).toEqual({
      text: 'Ratify the Forced Labour Convention, 1930 (No. 29)',
      states: ['United Kingdom of Great Britain and Northern Ireland'],
    });
    expect(extractAttributions('Implement the plan (NHRAP) for 2012-2015 (Azerbaijan);', matcher).text).toBe(
      'Implement the plan (NHRAP) for 2012-2015',
    );
  });

  it('keeps a clustered row whole and collects every State', () => {
    const text = 'Ratify ICCPR (Brazil); Speed up the ratification (Bulgaria) ;Expedite it (Ghana);';
    expect(extractAttributions(text, matcher)).toEqual({
      text: 'Ratify ICCPR (Brazil); Speed up the ratification (Bulgaria) ;Expedite it (Ghana)',
      states: ['Brazil', 'Bulgaria', 'Ghana'],
    });
  });

  it('reports a final unknown name instead of dropping it', () => {
    expect(extractAttributions('Ratify CPED (Atlantis);', matcher)).toEqual({ text: 'Ratify CPED', states: ['Atlantis'] });
  });

  it('returns no State when the text names none', () => {
    expect(extractAttributions('Ratify CPED;', matcher)).toEqual({ text: 'Ratify CPED', states: [] });
  });
});
