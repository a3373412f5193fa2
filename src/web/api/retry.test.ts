import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, ok } from './typedClient.ts';
import { sendJson } from './send.ts';
import { newIdempotencyKey } from './retry.ts';

// Issue 18 §1: one Idempotency-Key per user action, the same one on the automatic retry.
const BASE = 'http://naast.test/api/v1';
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function recorder(answers: Response[]) {
  const keys: (string | null)[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    keys.push((input as Request).headers.get('idempotency-key'));
    return answers.shift()!;
  };
  return { keys, fetch: fetch as typeof globalThis.fetch };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('Idempotency-Key in the web client', () => {
  it('makes a UUID, also without crypto.randomUUID', () => {
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => real.getRandomValues(a) });
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('retries a POST once with the same key when the server was briefly unavailable; each action its own key', async () => {
    const dossier = { id: 'd1' };
    const { keys, fetch } = recorder([json(503, {}, { 'retry-after': '0' }), json(201, dossier), json(201, dossier)]);
    const api = createApiClient({ baseUrl: BASE, fetch });
    const post = () => ok(api.POST('/dossiers/{dossierId}/notities', { params: { path: { dossierId: 'd1' } }, body: { soort: 'notitie', tekst: 'x' } as never }));
    await post();
    await post();
    expect(keys).toHaveLength(3);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('retries after a lost connection with the same key (sendJson), and sends no key on a read-only method', async () => {
    const keys: (string | null)[] = [];
    let calls = 0;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      keys.push(new Headers(init.headers).get('idempotency-key'));
      if (calls++ === 0) throw new TypeError('Failed to fetch');
      return json(201, { ok: true });
    });
    vi.useFakeTimers();
    const sent = sendJson('POST', '/dossiers', { a: 1 });
    await vi.runAllTimersAsync();
    expect((await sent).data).toEqual({ ok: true });
    expect(keys).toEqual([keys[0], keys[0]]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    keys.length = 0;
    await sendJson('PUT', '/dossiers/d1/clientgegevens', {});
    expect(keys).toEqual([null]);
  });
});
