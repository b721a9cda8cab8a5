import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTestHttp, setSession, signInAs } from '../../../testing/access-testing';

describe('csrfInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('sends the session CSRF token with every write to the API', () => {
    signInAs('ohchr_officer');
    http.post('/api/v1/stakeholders', {}).subscribe();
    http.delete('/api/v1/tokens/1').subscribe();
    expect(backend.expectOne('/api/v1/stakeholders').request.headers.get('X-CSRF-Token')).toBe('csrf-token');
    expect(backend.expectOne('/api/v1/tokens/1').request.headers.get('X-CSRF-Token')).toBe('csrf-token');
  });

  it('leaves reads, other sites and anonymous requests alone', () => {
    signInAs('ohchr_officer');
    http.get('/api/v1/recommendations').subscribe();
    http.post('https://elsewhere.example/api/v1/x', {}).subscribe();
    expect(backend.expectOne('/api/v1/recommendations').request.headers.has('X-CSRF-Token')).toBe(false);
    expect(backend.expectOne('https://elsewhere.example/api/v1/x').request.headers.has('X-CSRF-Token')).toBe(false);
    setSession({ stage: 'anonymous', csrfToken: null, user: null });
    http.post('/api/v1/auth/login', {}).subscribe();
    expect(backend.expectOne('/api/v1/auth/login').request.headers.has('X-CSRF-Token')).toBe(false);
  });
});
