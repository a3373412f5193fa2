import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';

describe.each(testEngines)('foundation API on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => t?.close());

  it('GET /api/v1/health reports the engine and the schema version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['api-version']).toBe('1.0.0');
    const body = res.json();
    expect(body).toMatchObject({ status: 'ok', engine });
    expect(body.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it('answers an unknown API path with a Dutch problem+json 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/bestaat-niet' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 404, title: 'Niet gevonden' });
    expect(res.json().detail).toMatch(/bestaat niet/);
  });

  it('keeps a caller-supplied request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': 'test-123' } });
    expect(res.headers['x-request-id']).toBe('test-123');
  });

  it('serves the Swagger UI at /api/v1/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/swagger/i);
  });
});
