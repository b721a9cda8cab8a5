import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AuditEntryDto } from '../../../api/models';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { RecordHistoryPage, changeLines } from './record-history-page';

const entry = (id: number, action: AuditEntryDto['action'], changes: Record<string, unknown>): AuditEntryDto => ({
  id,
  occurredAt: '2026-11-29T10:00:00Z',
  actor: 'u1',
  actorName: 'Olga Officer',
  action,
  entityType: 'recommendation',
  entityId: '12',
  changes,
  requestId: null,
});

describe('RecordHistoryPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [...provideTestHttp(), provideRouter([{ path: 'recommendations/:id/history', component: RecordHistoryPage }, { path: 'recommendations/:id', children: [] }], withComponentInputBinding())],
    });
    backend = TestBed.inject(HttpTestingController);
    signInAs('ohchr_officer');
  });

  it('shows who changed what and when, newest first, and pages to older changes', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/recommendations/12/history', RecordHistoryPage);
    backend.expectOne('/api/v1/audit/recommendation/12?limit=50').flush({ items: [entry(9, 'update', { paragraph: { before: '1', after: '2' } })], nextCursor: 'c1' });
    harness.detectChanges();
    const element = harness.routeNativeElement as HTMLElement;
    expect(Array.from(element.querySelectorAll('tbody td')).map((td) => text(td)).slice(1)).toEqual(['Olga Officer', 'update', 'paragraph: "1" → "2"']);
    expect(text(element.querySelector('nav a[aria-current="page"]'))).toBe('History');
    element.querySelector<HTMLButtonElement>('button')?.click();
    backend.expectOne('/api/v1/audit/recommendation/12?limit=50&cursor=c1').flush({ items: [entry(3, 'create', { text: { before: null, after: 'Ratify' } })], nextCursor: null });
    harness.detectChanges();
    expect(element.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(element.querySelector('button')).toBeNull();
  });

  it('formats changes that are not before/after pairs as they are', () => {
    expect(changeLines({ changes: { query: { a: 1 } } })).toEqual(['query: {"a":1}']);
  });
});
