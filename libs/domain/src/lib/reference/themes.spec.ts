import {
  OHCHR_MATRIX_THEME_CODES,
  THEMES,
  THEME_ALIASES,
  THEME_BY_CODE,
  UPR_INFO_ISSUE_THEMES,
  resolveTheme,
  vocabularyKey,
} from './themes';

const code = (raw: string): string | undefined => resolveTheme(raw)?.code;

describe('THEMES', () => {
  it('has unique kebab-case codes and unique names', () => {
    expect(new Set(THEMES.map((t) => t.code)).size).toBe(THEMES.length);
    expect(new Set(THEMES.map((t) => vocabularyKey(t.name))).size).toBe(THEMES.length);
    for (const t of THEMES) expect(t.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(THEME_BY_CODE.size).toBe(THEMES.length);
  });

  it('includes the core UHRI themes', () => {
    for (const name of [
      'Civil & political rights - general measures of implementation',
      'Death penalty',
      'Torture and other cruel, inhuman or degrading treatment',
      "Women's rights",
      'Rights of the child',
      'Enforced disappearances',
      'National Human Rights Institution (NHRI)',
    ]) {
      expect([name, resolveTheme(name)?.name]).toEqual([name, name]);
    }
  });

  it('resolves every name and code to itself, and every alias to an existing theme', () => {
    for (const t of THEMES) {
      expect(resolveTheme(t.name)).toBe(t);
      expect(resolveTheme(t.code)).toBe(t);
    }
    for (const [alias, target] of Object.entries(THEME_ALIASES)) {
      expect([alias, code(alias)]).toEqual([alias, target]);
    }
  });

  it('maps the 54 UPR Info issues, case-insensitively', () => {
    expect(Object.keys(UPR_INFO_ISSUE_THEMES)).toHaveLength(54);
    for (const [issue, target] of Object.entries(UPR_INFO_ISSUE_THEMES)) {
      expect([issue, code(issue), code(issue.toUpperCase()), code(` ${issue.toLowerCase()} `)]).toEqual([
        issue,
        target,
        target,
        target,
      ]);
    }
    expect(code('Rights of the Child')).toBe('rights-of-the-child');
    expect(code('Torture and other CID treatment')).toBe('torture');
    expect(code('Right to land')).toBe('upr-info-right-to-land');
  });

  it('resolves the 2014 OHCHR matrix codes, alone or with their printed label', () => {
    expect(Object.keys(OHCHR_MATRIX_THEME_CODES)).toHaveLength(79);
    for (const [matrixCode, name] of Object.entries(OHCHR_MATRIX_THEME_CODES)) {
      const byCode = resolveTheme(matrixCode);
      expect([matrixCode, byCode]).not.toEqual([matrixCode, undefined]);
      expect(resolveTheme(`${matrixCode} ${name}`)).toBe(byCode);
      expect(resolveTheme(name)).toBe(byCode);
    }
    expect(code('A12 Acceptance of international norms')).toBe('acceptance-of-international-norms');
    expect(code('D25')).toBe('torture');
    expect(code('E54 technical and vocational education')).toBe('right-to-education');
  });

  it('ignores "&" vs "and", punctuation, bullets and "Theme:" headers', () => {
    expect(code('Rights related to name, identity, nationality')).toBe('name-identity-nationality');
    expect(code('Budget &resources (for human rights implementation)')).toBe('budget-and-resources');
    expect(code('- Enforced disappearances')).toBe('enforced-disappearances');
    expect(code('Theme: Cooperation &amp; Follow up with Treaty Bodies')).toBe('cooperation-with-treaty-bodies');
    expect(code('HUMAN RIGHTS & THE ENVIRONMENT')).toBe('human-rights-and-environment');
  });

  it('returns undefined for unknown labels', () => {
    expect(resolveTheme('')).toBeUndefined();
    expect(resolveTheme('Z99')).toBeUndefined();
    expect(resolveTheme('A99')).toBeUndefined();
    expect(resolveTheme('Space exploration')).toBeUndefined();
  });
});
