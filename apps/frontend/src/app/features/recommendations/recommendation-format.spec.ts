import { summary } from '../../../testing/recommendation-fixtures';
import { documentReference, excerpt, listNames, periodLabel, toRecommendationRow } from './recommendation-format';

describe('excerpt', () => {
  it('returns short texts whole, with whitespace tidied', () => {
    expect(excerpt('  Ratify   the\nconvention. ')).toBe('Ratify the convention.');
  });

  it('cuts long texts at a word boundary and marks the cut', () => {
    const text = 'Adopt a comprehensive law against discrimination on all grounds, including sexual orientation';

    const short = excerpt(text, 40);

    expect(short).toBe('Adopt a comprehensive law against…');
    expect(short.length).toBeLessThanOrEqual(40);
  });

  it('cuts inside a word when there is no space near the end', () => {
    expect(excerpt('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});

describe('documentReference', () => {
  it('combines what is known of symbol and paragraph', () => {
    expect(documentReference('A/HRC/40/6', '141.12')).toBe('A/HRC/40/6, para. 141.12');
    expect(documentReference(null, '141.12')).toBe('para. 141.12');
    expect(documentReference('CCPR/C/CHN/CO/1', null)).toBe('CCPR/C/CHN/CO/1');
    expect(documentReference(null, null)).toBeNull();
  });
});

describe('periodLabel', () => {
  it('combines what is known of cycle and session', () => {
    expect(periodLabel(3, 30)).toBe('Cycle 3, session 30');
    expect(periodLabel(3, null)).toBe('Cycle 3');
    expect(periodLabel(null, 121)).toBe('Session 121');
    expect(periodLabel(null, null)).toBeNull();
  });
});

describe('listNames', () => {
  it('lists names the way the locale does', () => {
    expect(listNames(['Brazil', 'France', 'Ghana'], 'en')).toBe('Brazil, France, and Ghana');
    expect(listNames(['Brazil', 'France'], 'fr')).toBe('Brazil et France');
    expect(listNames([], 'en')).toBe('');
  });
});

describe('toRecommendationRow', () => {
  it('shapes a summary for the results table', () => {
    const row = toRecommendationRow(
      summary({
        id: 42,
        mechanism: 'treaty_body',
        body: 'CCPR',
        cycle: null,
        session: 121,
        documentSymbol: 'CCPR/C/SVN/CO/4',
        paragraph: '15',
        language: 'fr',
        response: 'no_response',
        status: 'not_implemented',
        recommendingStates: [],
        themes: [
          { code: 'D1', name: 'Civil and political rights' },
          { code: 'B8', name: 'Right to life' },
        ],
      }),
      'en',
    );

    expect(row).toEqual({
      id: 42,
      excerpt: 'Ratify the Optional Protocol to the Convention against Torture.',
      language: 'fr',
      reference: 'CCPR/C/SVN/CO/4, para. 15',
      stateName: 'Slovenia',
      stateIso3: 'SVN',
      body: 'CCPR',
      mechanismLabel: 'Treaty body',
      period: 'Session 121',
      recommendingStates: '',
      response: 'no_response',
      responseLabel: 'No response',
      status: 'not_implemented',
      statusLabel: 'Not implemented',
      themes: 'Civil and political rights and Right to life',
    });
  });
});
