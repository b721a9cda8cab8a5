import { ChangeDetectionStrategy, Component } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { StatusOverviewDto } from '../../../api/models';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { RecommendationFollowUp } from './recommendation-follow-up';

@Component({ imports: [RecommendationFollowUp], template: `<app-recommendation-follow-up [recommendationId]="7" stateIso3="SVN" />`, changeDetection: ChangeDetectionStrategy.OnPush })
class Host {}

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
});
