import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTestHttp, text } from '../../../../testing/access-testing';
import { worklistItem } from '../../../../testing/follow-up-fixtures';
import { WorklistPage } from './worklist-page';

describe('WorklistPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([])] });
    backend = TestBed.inject(HttpTestingController);
  });

  it('shows the recommendations assigned to one’s organisation, with a link to its page', () => {
    const fixture = TestBed.createComponent(WorklistPage);
    fixture.detectChanges();
    backend.expectOne('/api/v1/worklist?limit=200').flush({ asOf: '2025-08-01', stakeholderIds: [5], total: 1, items: [worklistItem({ role: 'monitor' })] });
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(text(element.querySelector('tbody tr'))).toContain('Monitor');
    expect(element.querySelector('a[href="/stakeholders/5"]')).not.toBeNull();
  });

  it('explains an empty worklist for an account without organisation', () => {
    const fixture = TestBed.createComponent(WorklistPage);
    fixture.detectChanges();
    backend.expectOne('/api/v1/worklist?limit=200').flush({ asOf: '2025-08-01', stakeholderIds: [], total: 0, items: [] });
    fixture.detectChanges();
    expect(text(fixture.nativeElement as HTMLElement)).toContain('not bound to an organisation or institution');
  });
});
