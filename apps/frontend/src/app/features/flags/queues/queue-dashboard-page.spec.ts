import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestHttp, signInAs, text } from '../../../../testing/access-testing';
import { QueueDashboardPage } from './queue-dashboard-page';

describe('QueueDashboardPage', () => {
  it('shows each queue’s counts, schedulers and latest failures, and refreshes on request', async () => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([{ path: 'admin/queues', component: QueueDashboardPage }])] });
    const backend = TestBed.inject(HttpTestingController);
    signInAs('administrator');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/queues', QueueDashboardPage);
    const element = harness.routeNativeElement as HTMLElement;
    const dashboard = {
      backend: 'redis',
      queues: [
        {
          name: 'cooperation',
          waiting: 3,
          active: 1,
          delayed: 0,
          completed: 190,
          failed: 1,
          schedulers: [{ id: 'cooperation-sweep', job: 'cooperation-sweep', cron: '0 3 * * *', next: '2026-11-16T03:00:00.000Z' }],
          recentFailures: [{ id: 'evaluate-ERI', name: 'cooperation-evaluate-state', reason: 'Unknown State ERI', attempts: 1, failedAt: '2026-11-15T03:00:05.000Z' }],
        },
      ],
    };
    backend.expectOne('/api/v1/admin/queues').flush(dashboard);
    harness.detectChanges();
    expect(text(element.querySelector('h2'))).toBe('cooperation');
    expect(Array.from(element.querySelectorAll('.queues__counts > *')).map((e) => text(e))).toEqual(['Waiting', '3', 'Running', '1', 'Waiting for a retry', '0', 'Completed', '190', 'Failed', '1']);
    expect(text(element)).toContain('Scheduled: cooperation-sweep at “0 3 * * *” (UTC)');
    expect(text(element.querySelector('tbody tr'))).toContain('Unknown State ERI');
    element.querySelector('button')?.click();
    backend.expectOne('/api/v1/admin/queues').flush(dashboard);
    backend.verify();
  });
});
