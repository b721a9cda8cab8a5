import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { of, throwError } from 'rxjs';
import { FakeRecommendationsApi, detail } from '../../../../testing/recommendation-fixtures';
import { RecommendationsApi } from '../recommendations.api';
import { RecommendationDetailPage, parseRecommendationId } from './recommendation-detail';

describe('RecommendationDetailPage', () => {
  let api: FakeRecommendationsApi;
  let harness: RouterTestingHarness;

  async function open(url: string): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, RecommendationDetailPage);
    await harness.fixture.whenStable();
    harness.detectChanges();
    return harness.routeNativeElement as HTMLElement;
  }

  const squash = (value: string | null | undefined): string => value?.replace(/\s+/g, ' ').trim() ?? '';

  /** The definition list as field → value. */
  function facts(element: HTMLElement): Record<string, string> {
    return Object.fromEntries(
      Array.from(element.querySelectorAll('dl.facts > div')).map((row) => [
        squash(row.querySelector('dt')?.textContent),
        squash(row.querySelector('dd')?.textContent),
      ]),
    );
  }

  function section(element: HTMLElement, heading: string): HTMLElement {
    const found = Array.from(element.querySelectorAll<HTMLElement>('section')).find(
      (candidate) => squash(candidate.querySelector('h2')?.textContent) === heading,
    );
    if (!found) {
      throw new Error(`No section "${heading}"`);
    }
    return found;
  }

  beforeEach(() => {
    api = new FakeRecommendationsApi();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'recommendations', children: [] },
            { path: 'recommendations/:id', component: RecommendationDetailPage },
          ],
          withComponentInputBinding(),
        ),
        { provide: RecommendationsApi, useValue: api },
      ],
    });
  });

  it('loads the recommendation named in the URL', async () => {
    await open('/recommendations/7');

    expect(api.get).toHaveBeenCalledWith(7);
  });

  it('shows the text, in its language, under a heading naming the document and paragraph', async () => {
    const element = await open('/recommendations/1');

    expect(squash(element.querySelector('h1')?.textContent)).toBe('A/HRC/55/10, para. 123.45');
    const text = element.querySelector('blockquote');
    expect(squash(text?.textContent)).toBe('Ratify the Optional Protocol to the Convention against Torture.');
    expect(text?.getAttribute('lang')).toBe('en');
    expect(Array.from(element.querySelectorAll('.detail__badges li')).map((badge) => squash(badge.textContent))).toEqual([
      'Response: Supported',
      'Implementation status: Partially implemented',
    ]);
  });

  it('lists every field of the record', async () => {
    const element = await open('/recommendations/1');

    expect(facts(element)).toEqual({
      'State under review': 'Slovenia (SVN)',
      Mechanism: 'Universal Periodic Review',
      Body: 'UPR',
      'Cycle and session': 'Cycle 4, session 43',
      Document: 'A/HRC/55/10',
      Paragraph: '123.45',
      'Issued on': 'February 15, 2024',
      Response: 'Supported',
      'Implementation status': 'Partially implemented',
      'Action category': '4',
      'Language of the text': 'en',
      Source: 'upr-info',
      'External identifier': 'UPRI-98765',
      'Record version': '3',
      Created: expect.stringContaining('Mar 1, 2024') as unknown as string,
      'Last updated': expect.stringContaining('Jul 1, 2024') as unknown as string,
    });
  });

  it('says "Not recorded" for what is unknown and links to a repeated recommendation', async () => {
    api.detailResult = of(
      detail({ documentSymbol: null, paragraph: null, cycle: null, session: null, issuedOn: null, actionCategory: null, externalId: null, repeatsRecommendationId: 3 }),
    );

    const element = await open('/recommendations/1?state=SVN');
    const fields = facts(element);

    expect(squash(element.querySelector('h1')?.textContent)).toBe('Recommendation 1');
    for (const field of ['Cycle and session', 'Document', 'Paragraph', 'Issued on', 'Action category', 'External identifier']) {
      expect(fields[field]).toBe('Not recorded');
    }
    expect(fields['Repeats']).toBe('Recommendation 3');
    const links = Array.from(element.querySelectorAll('dl.facts a')).map((a) => a.getAttribute('href'));
    // The State under review leads to its profile; the repeated recommendation keeps the explorer's filters.
    expect(links).toEqual(['/states/SVN', '/recommendations/3?state=SVN']);
  });

  it('lists recommending States, themes, affected persons and SDGs', async () => {
    api.detailResult = of(
      detail({
        recommendingStates: [
          { iso3: 'BRA', name: 'Brazil' },
          { iso3: 'FRA', name: 'France' },
        ],
      }),
    );
    const element = await open('/recommendations/1');
    const items = (heading: string): string[] =>
      Array.from(section(element, heading).querySelectorAll('li')).map((li) => squash(li.textContent));

    expect(items('Recommending States')).toEqual(['Brazil', 'France']);
    expect(items('Themes')).toEqual(['Constitutional and legislative framework']);
    expect(items('Affected persons')).toEqual(['Persons deprived of their liberty']);
    expect(items('Sustainable Development Goals')).toEqual(['Peace, justice and strong institutions']);
  });

  it('shows the response history and the stakeholders as tables', async () => {
    const element = await open('/recommendations/1');
    const cells = (heading: string): string[][] =>
      Array.from(section(element, heading).querySelectorAll('tbody tr')).map((row) =>
        Array.from(row.querySelectorAll('td')).map((cell) => squash(cell.textContent)),
      );

    expect(cells('Response history')).toEqual([
      ['Supported', 'June 20, 2024', 'A/HRC/55/10/Add.1', 'Accepted at the plenary.', expect.stringContaining('Jul 1, 2024')],
    ]);
    expect(cells('Stakeholders')).toEqual([['Ministry of Justice', 'Government institution', 'Lead']]);
    expect(section(element, 'Response history').querySelectorAll('th[scope="col"]')).toHaveLength(5);
  });

  it('says so when lists are empty', async () => {
    api.detailResult = of(detail({ responses: [], stakeholders: [], themes: [] }));

    const element = await open('/recommendations/1');

    expect(squash(section(element, 'Response history').textContent)).toContain('No response has been recorded.');
    expect(squash(section(element, 'Stakeholders').textContent)).toContain('No stakeholder is following up this recommendation yet.');
    expect(squash(section(element, 'Themes').textContent)).toContain('None recorded.');
  });

  it('goes back to the results it came from', async () => {
    const element = await open('/recommendations/1?state=CHN&cursor=c2');

    const back = Array.from(element.querySelectorAll('a')).find((a) => squash(a.textContent).includes('Back to recommendations'));
    expect(back?.getAttribute('href')).toBe('/recommendations?state=CHN&cursor=c2');
  });

  it('tells the user when there is no such recommendation', async () => {
    api.detailResult = of(null);

    const element = await open('/recommendations/404');

    expect(squash(element.querySelector('h1')?.textContent)).toBe('Recommendation not found');
    expect(squash(element.textContent)).toContain('There is no recommendation with the number 404.');
    expect(element.querySelector('article')).toBeNull();
  });

  it('does not ask the API about an id that cannot exist', async () => {
    const element = await open('/recommendations/not-a-number');

    expect(api.get).not.toHaveBeenCalled();
    expect(squash(element.querySelector('h1')?.textContent)).toBe('Recommendation not found');
  });

  it('shows an error with a retry that loads again', async () => {
    api.detailResult = throwError(() => new Error('502'));
    const element = await open('/recommendations/1');

    expect(squash(element.querySelector('[role="alert"]')?.textContent)).toContain('The recommendation could not be loaded.');

    api.detailResult = of(detail());
    element.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    harness.detectChanges();

    expect(api.get).toHaveBeenCalledTimes(2);
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(squash(element.querySelector('h1')?.textContent)).toBe('A/HRC/55/10, para. 123.45');
  });
});

describe('parseRecommendationId', () => {
  it.each([
    ['1', 1],
    ['123456', 123456],
    ['0', null],
    ['-3', null],
    ['1.5', null],
    ['12abc', null],
    ['99999999999999999', null],
  ])('reads %p as %p', (raw, expected) => {
    expect(parseRecommendationId(raw)).toBe(expected);
  });
});
