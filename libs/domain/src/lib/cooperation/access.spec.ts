import { ADMIN, NGO, OFFICER, PUBLIC, user } from '../follow-up/test-actors';
import { cooperationAccess, evaluateNowAccess, queueDashboardAccess } from './access';

describe('access to cooperation records, flags and the sweep', () => {
  it('lets OHCHR officers and administrators read and change cooperation records and read flags', () => {
    expect(cooperationAccess(OFFICER)).toBe('allow');
    expect(cooperationAccess(ADMIN)).toBe('allow');
    expect(cooperationAccess(user('state_focal_point', 'XYZ'))).toBe('forbidden');
    expect(cooperationAccess(NGO)).toBe('forbidden');
    expect(cooperationAccess(PUBLIC)).toBe('unauthenticated');
  });

  it('lets only OHCHR officers ask for an evaluation now', () => {
    expect(evaluateNowAccess(OFFICER)).toBe('allow');
    expect(evaluateNowAccess(ADMIN)).toBe('forbidden');
    expect(evaluateNowAccess(NGO)).toBe('forbidden');
    expect(evaluateNowAccess(PUBLIC)).toBe('unauthenticated');
  });

  it('refuses an officer whose API token cannot write the registry', () => {
    expect(evaluateNowAccess({ ...OFFICER, tokenScopes: ['audit:read'] })).toBe('forbidden');
    expect(cooperationAccess({ ...OFFICER, tokenScopes: ['audit:read'] })).toBe('forbidden');
  });

  it('shows the queue dashboard to administrators only', () => {
    expect(queueDashboardAccess(ADMIN)).toBe('allow');
    expect(queueDashboardAccess(OFFICER)).toBe('forbidden');
    expect(queueDashboardAccess(PUBLIC)).toBe('unauthenticated');
  });
});
