import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from './test-app';

describe('Serving the interface in the six UN languages', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'frontend-'));
    for (const locale of ['en', 'ar', 'fr']) {
      mkdirSync(join(dir, locale));
      writeFileSync(join(dir, locale, 'index.html'), `<html lang="${locale}">index-${locale}</html>`);
      writeFileSync(join(dir, locale, 'main-ABC.js'), `console.log('${locale}')`);
    }
    t = await createTestApp({ FRONTEND_DIR: dir });
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends a visitor to the best language of the browser, keeping the path and query', async () => {
    const res = await t.http.get('/recommendations?state=SVN').set('Accept-Language', 'de-CH, fr;q=0.8, en;q=0.5');
    expect(res.status).toBe(302);
    expect(res.headers['location']).toBe('/fr/recommendations?state=SVN');
  });

  it('prefers the language chosen in the switcher (cookie) and falls back to English', async () => {
    const chosen = await t.http.get('/').set('Cookie', 'tracker_lang=ar').set('Accept-Language', 'fr');
    expect(chosen.headers['location']).toBe('/ar/');
    const unknown = await t.http.get('/').set('Accept-Language', 'ja');
    expect(unknown.headers['location']).toBe('/en/');
  });

  it('serves assets with long caching and the language index for client-side routes', async () => {
    const asset = await t.http.get('/ar/main-ABC.js');
    expect(asset.status).toBe(200);
    expect(asset.text).toBe("console.log('ar')");
    expect(asset.headers['cache-control']).toContain('immutable');
    const route = await t.http.get('/ar/recommendations/12');
    expect(route.status).toBe(200);
    expect(route.text).toContain('index-ar');
    expect(route.headers['cache-control']).toBe('no-cache');
  });

  it('leaves the API alone', async () => {
    const api = await t.http.get('/api/health/live');
    expect(api.status).toBe(200);
    const missing = await t.http.get('/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toContain('application/json');
  });
});
