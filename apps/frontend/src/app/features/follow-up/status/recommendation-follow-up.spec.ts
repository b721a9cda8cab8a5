import { ChangeDetectionStrategy, Component } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { StatusOverviewDto } from '../../../api/models';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { RecommendationFollowUp } from './recommendation-follow-up';

@Component({ imports: [RecommendationFollowUp], template: `<app-recommendation-follow-up [recommendationId]="7" stateIso3="SVN" />`, changeDetection: ChangeDetectionStrategy.OnPush })
class Host {}

@Component({
  imports: [RecommendationFollowUp],
  template: `<app-recommendation-follow-up [recommendationId]="7" stateIso3="SVN" mechanism="treaty_body" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TreatyBodyHost {}

const OVERVIEW: StatusOverviewDto = {
  recommendationId: 7,
  asOf: '2025-06-02',
  parties: [
    { id: '1', party: 'state', status: 'fully_implemented', effectiveOn: '2025-03-31', recordedAt: '2025-06-02T10:00:00Z', source: 'state_report', sourceId: '3', public: true },
    { id: '2', party: 'ngo', status: 'not_implemented', effectiveOn: '2025-05-15', recordedAt: '2025-06-02T11:00:00Z', source: 'assessment', sourceId: '9', public: true },
  ],
  disagreement: {
    stateStatus: 'fully_implemented',
    disagree: true,
    maxGap: 2,
    items: [{ party: 'ngo', stateStatus: 'fully_implemented', partyStatus: 'not_implemented', gap: 2, direction: 'state_claims_more', explanation: '' }],
  },
  timeline: [],
  grades: [{ id: 1, scale: 'ccpr_2013', grade: 'B', meaning: 'Partially satisfactory.', assessedOn: '2018-03-01', sourceDocument: null }],
};

describe('RecommendationFollowUp', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([])] });
    backend = TestBed.inject(HttpTestingController);
  });

  function render(): HTMLElement {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    backend.expectOne('/api/v1/recommendations/7/status').flush(OVERVIEW);
    backend.expectOne('/api/v1/recommendations/7/deadlines').flush([
      { kind: 'upr_mid_term_report', dueOn: '2025-07-23', opensOn: '2023-01-23', milestone: false, voluntary: true, graceDays: 0, basis: 'Review + 30 months', source: 'res 16/21', metOn: null, metBy: null, overdue: true, daysLate: 9 },
    ]);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows each party’s status side by side and highlights the one that disagrees with the State', () => {
    const element = render();
    const cards = Array.from(element.querySelectorAll('.status-card'));
    expect(cards.map((c) => c.getAttribute('data-party'))).toEqual(['state', 'ngo']);
    expect(text(cards[0])).toContain('Fully implemented');
    expect(cards[1]?.classList.contains('status-card--disagrees')).toBe(true);
    expect(text(cards[1])).toContain('Disagrees with the State');
    expect(text(element.querySelector('[role="note"]'))).toContain('NGO says Not implemented; the State says Fully implemented.');
  });

  it('lists grades with their scale and deadlines with their situation', () => {
    const element = render();
    expect(text(element)).toContain('B (Human Rights Committee, since 2013 (A–E)');
    expect(text(element.querySelector('tbody'))).toContain('Overdue by 9 days');
  });

  it('asks again for another date', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    backend.expectOne('/api/v1/recommendations/7/status').flush(OVERVIEW);
    backend.expectOne('/api/v1/recommendations/7/deadlines').flush([]);
    fixture.detectChanges();
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('#follow-up-as-of');
    if (!input) throw new Error('no date field');
    input.value = '2024-12-31';
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    backend.expectOne('/api/v1/recommendations/7/status?asOf=2024-12-31').flush({ ...OVERVIEW, parties: [], disagreement: { stateStatus: null, disagree: false, maxGap: 0, items: [] } });
    fixture.detectChanges();
    expect(text((fixture.nativeElement as HTMLElement).querySelector('.status-card'))).toContain('No status reported.');
  });

  it('offers a State focal point of this State to report on the recommendation', () => {
    signInAs('state_focal_point');
    const element = render();
    const link = Array.from(element.querySelectorAll('a')).find((a) => text(a) === 'File an implementation report on this recommendation');
    expect(link?.getAttribute('href')).toBe('/reports/new?recommendation=7');
  });

  describe('recording a follow-up grade', () => {
    async function renderTreatyBody(): Promise<{ element: HTMLElement; fixture: ReturnType<typeof TestBed.createComponent<TreatyBodyHost>> }> {
      const fixture = TestBed.createComponent(TreatyBodyHost);
      fixture.detectChanges();
      backend.expectOne('/api/v1/recommendations/7/status').flush(OVERVIEW);
      backend.expectOne('/api/v1/recommendations/7/deadlines').flush([]);
      fixture.detectChanges();
      await fixture.whenStable();
      return { element: fixture.nativeElement as HTMLElement, fixture };
    }

    it('is offered to OHCHR only, on treaty-body recommendations', async () => {
      signInAs('state_focal_point');
      expect((await renderTreatyBody()).element.querySelector('.grade-form')).toBeNull();
      signInAs('ohchr_officer');
      expect(render().querySelector('.grade-form')).toBeNull(); // a recommendation of no stated mechanism
    });

    it('records a grade of the chosen scale, names a refused field, and shows the new grade', async () => {
      signInAs('ohchr_officer');
      const { element, fixture } = await renderTreatyBody();
      const scale = element.querySelector<HTMLSelectElement>('#grade-scale');
      if (!scale) throw new Error('no scale field');
      scale.value = 'ccpr_legacy';
      scale.dispatchEvent(new Event('change'));
      fixture.detectChanges();
      await fixture.whenStable();
      const grades = Array.from(element.querySelectorAll('#grade-value option')).map((o) => text(o));
      expect(grades).toEqual(['A', 'B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'E']);
      const grade = element.querySelector<HTMLSelectElement>('#grade-value') as HTMLSelectElement;
      grade.value = 'C2';
      grade.dispatchEvent(new Event('change'));
      const date = element.querySelector<HTMLInputElement>('#grade-assessed-on') as HTMLInputElement;
      date.value = '2012-07-27';
      date.dispatchEvent(new Event('input'));
      element.querySelector('form.grade-form')?.dispatchEvent(new Event('submit'));
      const refused = backend.expectOne('/api/v1/recommendations/7/grades');
      expect(refused.request.body).toEqual({ scale: 'ccpr_legacy', grade: 'C2', assessedOn: '2012-07-27' });
      refused.flush({ message: 'scale: follow-up grades apply only to treaty-body recommendations', errors: [{ field: 'grade', reason: 'is not accepted' }] }, { status: 400, statusText: 'Bad Request' });
      fixture.detectChanges();
      expect(text(element.querySelector('#grade-value-error'))).toBe('is not accepted');

      element.querySelector('form.grade-form')?.dispatchEvent(new Event('submit'));
      backend.expectOne('/api/v1/recommendations/7/grades').flush({ id: 2, scale: 'ccpr_legacy', grade: 'C2', meaning: 'Not satisfactory.', assessedOn: '2012-07-27', sourceDocument: null });
      fixture.detectChanges();
      // The status is loaded again, with the new grade.
      backend.expectOne('/api/v1/recommendations/7/status').flush({ ...OVERVIEW, grades: [...OVERVIEW.grades, { id: 2, scale: 'ccpr_legacy', grade: 'C2', meaning: 'Not satisfactory.', assessedOn: '2012-07-27', sourceDocument: null }] });
      fixture.detectChanges();
      expect(text(element.querySelector('.grade-form [role="status"]'))).toBe('Grade C2 recorded.');
      expect(text(element)).toContain('C2 (Human Rights Committee, before 2013, Jul 27, 2012) — Not satisfactory.');
    });
  });
});
