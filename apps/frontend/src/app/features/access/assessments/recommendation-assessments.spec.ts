import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { assessment, provideTestHttp, setSession, signInAs, text } from '../../../../testing/access-testing';
import { RecommendationAssessments } from './recommendation-assessments';

describe('RecommendationAssessments', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([])] });
    backend = TestBed.inject(HttpTestingController);
  });

  function render(stateIso3 = 'SVN'): ComponentFixture<RecommendationAssessments> {
    const fixture = TestBed.createComponent(RecommendationAssessments);
    fixture.componentRef.setInput('recommendationId', 9);
    fixture.componentRef.setInput('stateIso3', stateIso3);
    fixture.detectChanges();
    backend.expectOne('/api/v1/assessments?recommendationId=9&limit=200').flush({ items: [assessment({ confidential: false, publishedAt: '2026-11-29T09:00:00Z' })], nextCursor: null, total: 1 });
    fixture.detectChanges();
    return fixture;
  }

  it('lists the assessments the server returns, and offers no form to the public', () => {
    setSession({ stage: 'anonymous', csrfToken: null, user: null });
    const element = render().nativeElement as HTMLElement;
    expect(text(element.querySelector('li'))).toBe('Civil-society assessment 4 — Not implemented');
    expect(element.querySelector('form')).toBeNull();
  });

  it('lets a focal point report only on its own State, never marking it confidential', () => {
    signInAs('state_focal_point', { stateIso3: 'HRV' });
    expect((render('SVN').nativeElement as HTMLElement).querySelector('form')).toBeNull();
  });

  it('lets a focal point report on its own State', () => {
    signInAs('state_focal_point', { stateIso3: 'SVN' });
    const element = render('SVN').nativeElement as HTMLElement;
    expect(text(element.querySelector('form h3'))).toBe('Report on this recommendation');
    expect(element.querySelector('#assessment-confidential')).toBeNull();
  });

  it('lets a monitor file a confidential assessment', async () => {
    signInAs('ngo_monitor');
    const fixture = render('HRV');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const checkbox = element.querySelector<HTMLInputElement>('#assessment-confidential');
    expect(text(element.querySelector('label[for="assessment-confidential"]'))).toContain('Confidential');
    checkbox?.click();
    fixture.detectChanges();
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const create = backend.expectOne('/api/v1/assessments');
    expect(create.request.body).toEqual({ recommendationId: 9, status: 'no_information', narrative: '', confidential: true });
  });

  it('offers nothing to OHCHR, who review rather than file', () => {
    signInAs('ohchr_officer');
    expect((render().nativeElement as HTMLElement).querySelector('form')).toBeNull();
  });
});
