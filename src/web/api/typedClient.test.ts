import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './client.ts';
import { signIn } from './session.ts';
import { createApiClient, ok, okWithVersion } from './typedClient.ts';

// The client talks HTTP only; these tests answer its requests with a recording stand-in for fetch.
const BASE = 'http://naast.test/api/v1';
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function recorder(answer: (request: Request) => Response) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const request = input as Request;
    requests.push(request.clone());
    return answer(request);
  };
  return { requests, fetch: fetch as typeof globalThis.fetch };
}

async function signInAs(csrfToken: string): Promise<void> {
  const user = { id: 'u1', gebruikersnaam: 'anna', naam: 'Anna', rollen: [], email: null, geblokkeerd: false, heeftWachtwoord: true, oidc: false, tweedeFactor: false, vergrendeldTot: null, versie: 1 };
  vi.stubGlobal('fetch', async () => json(201, { gebruiker: user, csrfToken }));
  await signIn('anna', 'geheim-wachtwoord');
  vi.unstubAllGlobals();
}

afterEach(() => vi.unstubAllGlobals());

describe('typed API client', () => {
  it('sends the CSRF token on a change, not on a read, and returns data with its version', async () => {
    await signInAs('token-1');
    const spending = { gemeenteCode: 'utrecht', bedragCent: 100, toelichting: null, versie: 2 };
    const { requests, fetch } = recorder((r) => (r.method === 'GET' ? json(200, [spending]) : json(200, spending, { etag: '"2"' })));
    const api = createApiClient({ baseUrl: BASE, fetch });

    const list = await ok(api.GET('/budget/bestedingen', { params: { query: { bestedingsjaar: 2015 } } }));
    const sent = await okWithVersion(
      api.PUT('/budget/bestedingen/{bestedingsjaar}/{gemeenteCode}', {
        params: { path: { bestedingsjaar: 2015, gemeenteCode: 'den haag' }, header: { 'if-match': '"1"' } },
        body: { bedragCent: 100 },
      }),
    );

    expect(list).toEqual([spending]);
    expect(sent).toEqual({ data: spending, etag: '"2"' });
    const [read, change] = requests;
    expect(read!.headers.get('x-csrf-token')).toBeNull();
    expect(read!.headers.get('accept')).toBe('application/json');
    expect(change!.headers.get('x-csrf-token')).toBe('token-1');
    expect(change!.headers.get('if-match')).toBe('"1"');
    expect(change!.url).toBe(`${BASE}/budget/bestedingen/2015/den%20haag`);
    expect(change!.credentials).toBe('same-origin');
  });

  it('turns a problem+json refusal into an ApiError with the Dutch detail', async () => {
    const problem = { type: 'about:blank', title: 'Conflict', status: 412, detail: 'Iemand anders heeft dit intussen gewijzigd.' };
    const { fetch } = recorder(() => new Response(JSON.stringify(problem), { status: 412, headers: { 'content-type': 'application/problem+json' } }));
    const api = createApiClient({ baseUrl: BASE, fetch });

    const failure = await ok(
      api.PUT('/budget/bestedingen/{bestedingsjaar}/{gemeenteCode}', { params: { path: { bestedingsjaar: 2015, gemeenteCode: 'utrecht' } }, body: { bedragCent: 1 } }),
    ).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).problem).toEqual(problem);
    expect((failure as ApiError).message).toBe('Iemand anders heeft dit intussen gewijzigd.');
  });

  it('explains an answer without a problem body in Dutch', async () => {
    const { fetch } = recorder(() => new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/plain' } }));
    const api = createApiClient({ baseUrl: BASE, fetch });

    const failure = await ok(api.GET('/budget/controle', { params: { query: { jaar: 2015 } } })).catch((error: unknown) => error);

    expect((failure as ApiError).problem.detail).toBe('De server antwoordde met status 502.');
  });

  it('ends the session in the UI when a change gets 401', async () => {
    await signInAs('token-2');
    const { requests, fetch } = recorder(() => json(401, {}));
    const api = createApiClient({ baseUrl: BASE, fetch });

    const change = () => ok(api.PUT('/budget/bestedingen/{bestedingsjaar}/{gemeenteCode}', { params: { path: { bestedingsjaar: 2015, gemeenteCode: 'utrecht' } }, body: { bedragCent: 1 } }));
    await change().catch(() => undefined);
    await change().catch(() => undefined);

    expect(requests[0]!.headers.get('x-csrf-token')).toBe('token-2');
    // Signed out in the UI: the next change carries no token.
    expect(requests[1]!.headers.get('x-csrf-token')).toBeNull();
  });
});
