import type { TestApp } from './app.ts';
import type { SignedIn } from './auth.ts';

/** A valid BSN (passes the 11-test) that must never appear whole in a response. */
export const TEST_BSN = '111222333';

export const intake = (naam: string, extra: Record<string, unknown> = {}) => ({
  client: { naam, telefoon: '06-12345678', leeftijdscategorie: '65+', doelgroepen: ['ouderdomsproblematiek'], ...extra },
  vraag: { kanaal: 'telefonisch', tekst: `${naam} komt het huis niet meer goed in en weet niet waar hulp te vragen.`, leefgebieden: ['zelfstandig_wonen_en_samenleven'] },
});

/**
 * Calls the dossier API as a user and keeps every response body, so a test can check afterwards that
 * no response ever carried something it must not (a whole BSN).
 */
export function caseClient(t: TestApp) {
  const bodies: string[] = [];
  const as = async (user: SignedIn, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, headers: Record<string, string> = {}) => {
    const res = await t.app.inject({ method, url: `/api/v1/dossiers${url}`, headers: { ...user.headers, ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
    bodies.push(res.body);
    return res;
  };
  return { as, bodies };
}
