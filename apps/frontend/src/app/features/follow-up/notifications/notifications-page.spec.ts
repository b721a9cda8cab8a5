import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { NotificationPageDto } from '../../../api/models';
import { provideTestHttp, text } from '../../../../testing/access-testing';
import { NotificationsPage } from './notifications-page';

const INBOX: NotificationPageDto = {
  unread: 1,
  items: [
    {
      id: 4,
      kind: 'overdue_digest',
      title: '1 recommendation newly overdue (2025-07-24)',
      body: '…',
      items: [{ recommendationId: 7, stateIso3: 'SVN', deadline: 'upr_mid_term_report', dueOn: '2025-07-23', daysLate: 1, text: 'Investigate ill-treatment' }],
      createdAt: '2025-07-24T06:00:00Z',
      readAt: null,
      emailedAt: null,
    },
  ],
};

describe('NotificationsPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([])] });
    backend = TestBed.inject(HttpTestingController);
  });

  function render(): { fixture: ReturnType<typeof TestBed.createComponent<NotificationsPage>>; element: HTMLElement } {
    const fixture = TestBed.createComponent(NotificationsPage);
    fixture.detectChanges();
    backend.expectOne('/api/v1/notifications?limit=50').flush(INBOX);
    backend.expectOne('/api/v1/subscriptions').flush([{ id: 2, kind: 'state', target: 'SVN', label: 'Slovenia', createdAt: '2025-07-20T00:00:00Z' }]);
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('lists the digest with its overdue items and what one follows', () => {
    const { element } = render();
    expect(text(element.querySelector('article h3'))).toContain('1 recommendation newly overdue (2025-07-24)');
    expect(text(element.querySelector('article h3 .badge'))).toBe('New');
    expect(text(element.querySelector('article li'))).toContain('UPR mid-term report due Jul 23, 2025, 1 days late');
    expect(text(element.querySelector('section ul'))).toContain('Slovenia');
  });

  it('marks a notification read and stops following', () => {
    const { fixture, element } = render();
    Array.from(element.querySelectorAll('button')).find((b) => text(b) === 'Mark as read')?.click();
    backend.expectOne('/api/v1/notifications/4/read').flush({ ...INBOX.items[0], readAt: '2025-07-24T07:00:00Z' });
    backend.expectOne('/api/v1/notifications?limit=50').flush({ unread: 0, items: [{ ...INBOX.items[0], readAt: '2025-07-24T07:00:00Z' }] });
    backend.expectOne('/api/v1/subscriptions').flush([{ id: 2, kind: 'state', target: 'SVN', label: 'Slovenia', createdAt: '2025-07-20T00:00:00Z' }]);
    fixture.detectChanges();
    expect(text(element.querySelector('p[role="status"]'))).toBe('Nothing unread');
    Array.from(element.querySelectorAll('button')).find((b) => text(b).startsWith('Stop following'))?.click();
    const unfollow = backend.expectOne('/api/v1/subscriptions/2');
    expect(unfollow.request.method).toBe('DELETE');
    unfollow.flush(null, { status: 204, statusText: 'No Content' });
    backend.expectOne('/api/v1/notifications?limit=50').flush({ unread: 0, items: [] });
    backend.expectOne('/api/v1/subscriptions').flush([]);
    fixture.detectChanges();
    expect(text(element)).toContain('You follow nothing yet');
  });
});
