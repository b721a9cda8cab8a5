import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { report } from '../../../../testing/follow-up-fixtures';
import { ReportListPage } from './report-list-page';

describe('ReportListPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([])] });
    backend = TestBed.inject(HttpTestingController);
  });

  function render(): HTMLElement {
    const fixture = TestBed.createComponent(ReportListPage);
    fixture.detectChanges();
    backend.expectOne('/api/v1/reports?limit=100').flush({ items: [report({ status: 'returned' })], total: 1 });
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists the reports with their status, and offers a focal point a new one', () => {
    signInAs('state_focal_point');
    const element = render();
    expect(Array.from(element.querySelectorAll('tbody td')).map((c) => text(c)).slice(0, 3)).toEqual(['Mid-term report on policing', 'Slovenia', 'Returned with comments']);
    expect(Array.from(element.querySelectorAll('a')).some((a) => text(a) === 'New report')).toBe(true);
  });

  it('offers no new report to others', () => {
    signInAs('ngo_monitor');
    expect(Array.from(render().querySelectorAll('a')).some((a) => text(a) === 'New report')).toBe(false);
  });
});
