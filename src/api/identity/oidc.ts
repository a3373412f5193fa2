import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { auditRequest, requestTenant } from '../audit.ts';
import { setSessionCookie } from '../plugins/auth.ts';
import { createSession, type NewSession } from '../../services/identity/sessions.ts';
import { pseudonymise } from '../../services/audit/pseudonym.ts';
import { DEFAULT_OIDC_NAME } from '../../services/identity/oidc-config.ts';
import { OIDC_LOGIN_MINUTES, safeReturnPath, type OidcFailure } from '../../services/identity/oidc.ts';
import { NotFoundError } from '../../domain/errors.ts';

const tags = ['Identiteit'];
const loginLimit = Number(process.env.NAAST_LOGIN_RATE_LIMIT ?? 20);

/** Binds a sign-in to the browser that started it (see OidcService.finish). */
const STATE_COOKIE = 'naast_oidc_state';
const COOKIE_PATH = `${API_PREFIX}/oidc`;

const OidcConfigurationSchema = z
  .object({
    ingeschakeld: z.boolean().describe('Is inloggen via een identiteitsprovider (OIDC) mogelijk?'),
    naam: z.string().describe('Tekst voor de inlogknop'),
  })
  .meta({ id: 'OidcConfiguratie' });

const redirect = (description: string) => z.null().describe(description);

/** The sign-in page shows a Dutch message for the code; nothing the provider said reaches the page. */
function toSignInPage(reply: FastifyReply, code: OidcFailure): FastifyReply {
  return reply.redirect(`/inloggen?fout=${code}`, 302);
}

export async function oidcRoutes(app: AppInstance): Promise<void> {
  const secure = (app as unknown as { secureCookies: boolean }).secureCookies;

  app.get(
    `${API_PREFIX}/oidc/configuratie`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'getOidcConfiguratie',
        summary: 'Is inloggen via de identiteitsprovider van de organisatie mogelijk?',
        response: { 200: OidcConfigurationSchema },
      },
    },
    async () => ({ ingeschakeld: app.oidc !== null, naam: app.oidc?.config.name ?? DEFAULT_OIDC_NAME }),
  );

  app.get(
    `${API_PREFIX}/oidc/inloggen`,
    {
      config: { access: { public: true }, rateLimit: { max: loginLimit, timeWindow: '1 minute' }, answers: { 404: 'Inloggen via de identiteitsprovider staat uit' } },
      schema: {
        tags,
        operationId: 'startOidcInloggen',
        summary: 'Inloggen via de identiteitsprovider: stuurt de browser door naar de provider',
        querystring: z.object({
          terugNaar: z.string().max(2000).optional().describe('Pad binnen Naast waar de gebruiker na het inloggen terechtkomt (standaard /)'),
        }),
        response: { 302: redirect('Doorverwijzing naar de identiteitsprovider, of naar /inloggen?fout=<code> als die niet bereikbaar is') },
      },
    },
    async (request, reply) => {
      if (!app.oidc) throw new NotFoundError('Inloggen via een identiteitsprovider (OIDC) is op deze server niet ingeschakeld.');
      let started;
      try {
        started = await app.oidc.start(app.db, safeReturnPath(request.query.terugNaar));
      } catch (err) {
        request.log.error({ err }, 'OIDC: discovery of the provider failed');
        return toSignInPage(reply, 'niet-bereikbaar');
      }
      reply.setCookie(STATE_COOKIE, started.state, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure, maxAge: OIDC_LOGIN_MINUTES * 60 });
      return reply.redirect(started.url.href, 302);
    },
  );

  app.get(
    `${API_PREFIX}/oidc/terugkeer`,
    {
      config: { access: { public: true }, rateLimit: { max: loginLimit, timeWindow: '1 minute' }, answers: { 404: 'Inloggen via de identiteitsprovider staat uit' } },
      schema: {
        tags,
        operationId: 'afrondenOidcInloggen',
        summary: 'Terugkeer van de identiteitsprovider (redirect URI): maakt de sessie aan',
        querystring: z.object({
          code: z.string().optional(),
          state: z.string().optional(),
          iss: z.string().optional(),
          error: z.string().optional(),
        }),
        response: {
          302: redirect('Ingelogd: doorverwijzing naar het gevraagde pad. Niet gelukt: doorverwijzing naar /inloggen?fout=<code>'),
        },
      },
    },
    async (request, reply) => {
      if (!app.oidc) throw new NotFoundError('Inloggen via een identiteitsprovider (OIDC) is op deze server niet ingeschakeld.');
      const boundState = request.cookies[STATE_COOKIE];
      reply.clearCookie(STATE_COOKIE, { path: COOKIE_PATH });
      // The raw query, not the parsed one: the provider's parameters are checked exactly as sent.
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const made: { session?: NewSession } = {};
      // The audit row (and the session) commit with the account change that the sign-in made.
      const outcome = await app.oidc.finish(app.db, query, boundState, async (db, result) => {
        const subject = result.ok ? ({ kind: 'gebruiker', id: result.user.id } as const) : result.subject;
        if (!subject) return;
        await auditRequest(
          app,
          request,
          {
            dataSubject: await pseudonymise(db, subject.kind, subject.id, requestTenant(request)),
            activity: 'inloggen',
            purpose: 'toegangsbeveiliging',
            action: 'lezen',
            outcome: result.ok ? 'toegestaan' : 'geweigerd',
          },
          db,
        );
        // acr/amr as the provider said them: how strong this sign-in was (OIDC Core §2).
        if (result.ok) made.session = await createSession(db, result.user.id, 'oidc', result.authentication);
      });
      if (outcome.ignored?.length) request.log.warn({ ignored: outcome.ignored }, 'OIDC: role values in the claims ignored');
      if (!outcome.ok || !made.session) {
        request.log.warn({ code: outcome.ok ? 'mislukt' : outcome.code, cause: outcome.ok ? undefined : outcome.cause }, 'OIDC sign-in refused');
        return toSignInPage(reply, outcome.ok ? 'mislukt' : outcome.code);
      }
      setSessionCookie(app, reply, made.session.secret, made.session.expiresAt);
      return reply.redirect(outcome.returnTo, 302);
    },
  );
}
