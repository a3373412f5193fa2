import formbody from '@fastify/formbody';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../types.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';
import { resolveSession } from '../../services/identity/sessions.ts';
import { askQuestion, portalMunicipalities } from '../../services/portal/questions.ts';
import { inTransaction } from '../../db/client.ts';
import { auditResident, questionLimit, today } from '../portal/common.ts';
import { page, questionForm, receiptPage, type FormState } from './portal-html.ts';

/**
 * The online question as a server-rendered page (`/portaal/vraag-stellen`): a plain HTML form posted
 * as application/x-www-form-urlencoded, so a resident without JavaScript (or with an old browser, a
 * screen reader that struggles with the app) can ask too. It calls the same service as the API.
 * The form body parser is registered in this plugin only: the API keeps accepting JSON alone.
 */
export async function portalPages(app: AppInstance): Promise<void> {
  await app.register(formbody);

  // The built stylesheet's address has a content hash: read it from the web UI's index.html once.
  let stylesheets: Promise<string[]> | null = null;
  const css = () =>
    (stylesheets ??= app
      .inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } })
      .then((res) => (res.statusCode === 200 ? [...res.body.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!) : []))
      .catch(() => []));

  /** The signed-in resident (the question is then linked), with the token the form must send back. */
  async function resident(request: FastifyRequest): Promise<{ userId: string; csrfToken: string } | null> {
    const cookie = request.cookies[SESSION_COOKIE];
    const session = cookie ? await resolveSession(app.db, cookie) : null;
    if (!session || !session.principal.grants.some((g) => g.role === 'inwoner')) return null;
    return { userId: session.principal.userId, csrfToken: session.csrfToken };
  }

  async function render(reply: FastifyReply, status: number, title: string, body: string) {
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(page({ title, stylesheets: await css(), body }));
  }

  const formState = async (values: Record<string, unknown>, errors: FormState['errors'], csrfToken: string | null): Promise<FormState> => ({
    values,
    errors,
    municipalities: await portalMunicipalities(app.db),
    csrfToken,
  });

  app.get('/portaal/vraag-stellen', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const who = await resident(request);
    return render(reply, 200, 'Stel uw vraag', questionForm(await formState({}, [], who?.csrfToken ?? null)));
  });

  app.post('/portaal/vraag-stellen', { schema: { hide: true }, config: { access: { public: true }, rateLimit: questionLimit } }, async (request, reply) => {
    const values = (request.body ?? {}) as Record<string, unknown>;
    const who = await resident(request);
    // Linked to the account only with the session's own token: another site cannot post in a resident's name.
    const linked = who && values.csrfToken === who.csrfToken ? who : null;
    // The question and its audit row commit together (issue 18 §1).
    const outcome = await app.db.transaction(async (tx) => {
      const db = inTransaction(app.db, tx);
      const asked = await askQuestion(db, values, { residentUserId: linked?.userId ?? null, today: today() });
      if (asked.ok) {
        const { receipt, caseId } = asked.value;
        await auditResident(app, request, { userId: linked?.userId ?? null, municipalityCode: receipt.municipality.code, caseIds: [caseId], action: 'schrijven', outcome: 'toegestaan' }, db);
      }
      return asked;
    });
    if (!outcome.ok) {
      return render(reply, 400, 'Fout: stel uw vraag', questionForm(await formState(values, outcome.error, who?.csrfToken ?? null)));
    }
    const { receipt } = outcome.value;
    return render(reply, 200, 'Uw vraag is verstuurd', receiptPage(receipt));
  });
}
