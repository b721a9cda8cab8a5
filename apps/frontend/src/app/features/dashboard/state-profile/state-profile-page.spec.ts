import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { of, throwError } from 'rxjs';
import { provideTestHttp } from '../../../../testing/access-testing';
import { FakeDashboardApi, PROFILE } from '../../../../testing/dashboard-fixtures';
import { DashboardApi } from '../dashboard.api';
import { StateProfilePage } from './state-profile-page';

describe('StateProfilePage', () => {
  let api: FakeDashboardApi;
  let harness: RouterTestingHarness;

  async function open(url: string): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    for (let i = 0; i < 3; i++) {
      harness.detectChanges();
      await harness.fixture.whenStable();
    }
    return harness.routeNativeElement as HTMLElement;
  }

  const text = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  beforeEach(() => {
    api = new FakeDashboardApi();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'states/:iso3', component: StateProfilePage }], withComponentInputBinding()),
        provideNoopAnimations(),
        ...provideTestHttp(),
        { provide: DashboardApi, useValue: api },
      ],
    });
  });

  it('shows the State, its status by mechanism as a chart with its table, and its progress over time', async () => {
    const page = await open('/states/SVN');
    expect(api.profile).toHaveBeenCalledWith('SVN');
    expect(api.progress).toHaveBeenCalledWith(expect.objectContaining({ state: ['SVN'] }));
    expect(text(page.querySelector('h1'))).toBe('Slovenia: follow-up of recommendations');
    expect(Array.from(page.querySelectorAll('.dashboard__header .dashboard__meta li')).map((li) => text(li))).toEqual(['Eastern European States', 'Europe']);
    const panels = Array.from(page.querySelectorAll('app-chart-panel'));
    expect(panels.map((p) => text(p.querySelector('h2')))).toEqual(['Status of its recommendations, by mechanism', 'Implementation over time, according to the State']);
    const rows = Array.from(panels[0]?.querySelectorAll('tbody tr') ?? []).map((tr) => text(tr.firstElementChild));
    expect(rows).toEqual(['Treaty body', 'Universal Periodic Review', 'All recommendations']);
    expect(panels[0]?.querySelectorAll('path.bar').length).toBeGreaterThan(0);
  });

  it('lists reviews and deadlines in time order, what is overdue, and the assistance requested', async () => {
    const page = await open('/states/SVN');
    const timeline = Array.from(page.querySelectorAll('.dashboard__timeline li')).map((li) => text(li));
    expect(timeline[0]).toBe('Nov 7, 2022 Universal Periodic Review, session 41 (cycle 4): 6 recommendations');
    expect(timeline[3]).toBe('May 7, 2025 Due: UPR mid-term report (UPR) overdue for 6 of 6 recommendations');
    expect(page.querySelector('.dashboard__timeline li[data-overdue="true"]')).not.toBeNull();
    expect(text(page.querySelector('[aria-labelledby="overdue-heading"] li'))).toBe('UPR mid-term report (UPR), due May 7, 2025: 6 recommendations');
    expect(text(page.querySelector('[aria-labelledby="assistance-heading"] li'))).toBe('Approved: 1');
    expect(Array.from(page.querySelectorAll('[aria-labelledby="responses-heading"] li')).map((li) => text(li))).toEqual(['Supported: 4', 'Supported in part: 1', 'Noted: 1', 'No response: 0']);
  });

  it('says which sections are OHCHR’s alone', async () => {
    const page = await open('/states/SVN');
    expect(text(page.querySelector('.dashboard > p.muted:last-child'))).toBe(
      'Visible to OHCHR officers and administrators only: Overdue reports to treaty bodies, Non-cooperation flags, Treaty ratifications.',
    );
    expect(page.querySelector('#flags-heading')).toBeNull();
  });

  it('shows OHCHR the flags, the ratifications and the overdue reports', async () => {
    api.profile.mockReturnValue(
      of({
        ...PROFILE,
        withheld: [],
        flags: [{ id: 1, ruleId: 'upr_steps_missed', status: 'open', severity: 'high', persistent: true, lastSeenWindow: '2026-Q2' }],
        ratifications: [{ treaty: 'ICCPR', body: 'CCPR', year: 1992 }],
        overdueReports: [{ body: 'CAT', reportType: 'periodic', dueOn: '2025-01-01', daysLate: 530 }],
      }),
    );
    const page = await open('/states/SVN');
    expect(Array.from(page.querySelectorAll('[aria-labelledby="flags-heading"] tbody td')).map((td) => text(td))).toEqual(['Open', 'High', '2026-Q2']);
    expect(text(page.querySelector('[aria-labelledby="ratifications-heading"] li'))).toBe('ICCPR (CCPR, 1992)');
    expect(text(page.querySelectorAll('[aria-labelledby="overdue-heading"] li')[1])).toBe('Report to CAT, due Jan 1, 2025: 530 days late');
    expect(page.querySelector('.dashboard > p.muted:last-child')?.textContent ?? '').not.toContain('Visible to OHCHR');
  });

  it('says so when no State has the code', async () => {
    api.profile.mockReturnValue(throwError(() => new HttpErrorResponse({ status: 404 })));
    const page = await open('/states/ZZZ');
    expect(text(page.querySelector('h1'))).toBe('State not found');
  });
});
