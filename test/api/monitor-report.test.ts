import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';

describe('the printable round report', () => {
  let t: TestApp;
  let national: SignedIn;
  beforeAll(async () => {
    t = await testApp('pglite');
    await loadDemoMonitor(t.test.db);
    national = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
  });
  afterAll(async () => t?.close());

  it('renders HTML with a print style sheet, the sentences, SVG charts and the lagging list', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/monitor/rondes/2014-10/rapport', headers: national.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body.startsWith('<!doctype html>')).toBe(true);
    expect(res.body).toContain('@media print');
    expect(res.body).toContain('van de 403 gemeenten');
    expect(res.body).toMatch(/<svg[^>]*>/);
    expect(res.body).toContain('Achterblijvende gemeenten');
    expect(res.body).not.toContain('<script');
  });

  it('renders the same report as a PDF', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/monitor/rondes/2014-10/rapport?formaat=pdf', headers: national.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(5000);
  });

  it('offers every summary table as a CSV download in the Dutch dialect', async () => {
    for (const tabel of ['fasen', 'eisen', 'jeugdregios', 'mee-organisaties']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/monitor/rondes/2014-10/tabellen/${tabel}`, headers: national.headers });
      expect(res.statusCode).toBe(200);
      expect(res.body.startsWith('\uFEFF')).toBe(true);
      expect(res.body.split('\r\n')[0]).toContain(';');
    }
    const regions = await t.app.inject({ method: 'GET', url: '/api/v1/monitor/rondes/2014-10/tabellen/jeugdregios', headers: national.headers });
    expect(regions.body.trim().split('\r\n')).toHaveLength(42);
  });

  it('is not public', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/monitor/rondes/2014-10/rapport' })).statusCode).toBe(401);
  });
});
