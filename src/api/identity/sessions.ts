import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { auditRequest, requestTenant } from '../audit.ts';
import { clearSessionCookie, setSessionCookie } from '../plugins/auth.ts';
import { checkLogin, findUser, type LoginResult } from '../../services/identity/users.ts';
import { createSession, endAllSessions, endSession } from '../../services/identity/sessions.ts';
import { pseudonymise } from '../../services/audit/pseudonym.ts';
import { UserSchema, userResponse } from './schemas.ts';

const tags = ['Identiteit'];
const loginLimit = Number(process.env.NAAST_LOGIN_RATE_LIMIT ?? 20);

/**
 * Why a sign-in did not succeed, in Dutch; the same answer whether or not the user name exists (it
 * depends only on what was sent, and on the second factor once the password was right).
 */
function signInRefused(reply: FastifyReply, result: Extract<LoginResult, { ok: false }>, withCode: boolean): never {
  if (result.reason === 'throttled') {
    reply.header('Retry-After', String(result.retryAfter ?? 60));
    throw new ProblemError(429, `Te veel mislukte pogingen. Wacht ${waitText(result.retryAfter ?? 60)} en probeer het dan opnieuw.`, { code: 'throttled' });
  }
  if (result.reason === 'second-factor') {
    throw new ProblemError(401, 'Vul ook de code uit uw authenticator-app in.', { code: 'second_factor_required' });
  }
  if (result.reason === 'enrol-second-factor') {
    throw new ProblemError(401, 'Uw organisatie vraagt een tweede stap bij het inloggen. Stel eerst een authenticator-app in.', { code: 'second_factor_enrolment_required' });
  }
  throw new ProblemError(401, withCode ? 'De gebruikersnaam, het wachtwoord of de code klopt niet.' : 'De gebruikersnaam of het wachtwoord klopt niet.');
}

const waitText = (seconds: number) => (seconds < 90 ? `${seconds} seconden` : `${Math.ceil(seconds / 60)} minuten`);

const SessionSchema = z
  .object({ gebruiker: UserSchema, csrfToken: z.string().describe('Stuur deze mee in de header X-CSRF-Token bij elke wijziging') })
  .meta({ id: 'Sessie' });

export async function sessionRoutes(app: AppInstance): Promise<void> {
  app.post(
    `${API_PREFIX}/sessies`,
    {
      // Signing in is not a creation a client retries blindly; no Idempotency-Key.
      config: { access: { public: true }, rateLimit: { max: loginLimit, timeWindow: '1 minute' }, idempotent: false },
      schema: {
        tags,
        operationId: 'createSessie',
        summary: 'Inloggen met gebruikersnaam en wachtwoord',
        body: z.object({
          gebruikersnaam: z.string().min(1).max(200),
          wachtwoord: z.string().min(1).max(256),
          code: z.string().max(20).optional().describe('De code uit de authenticator-app, als het account een tweede stap heeft (of moet instellen)'),
        }),
        response: { 201: SessionSchema },
      },
    },
    async (request, reply) => {
      const result = await checkLogin(app.db, request.body.gebruikersnaam, request.body.wachtwoord, { address: request.ip, code: request.body.code });
      const subject = result.ok ? result.user.id : result.userId;
      await auditRequest(app, request, {
        dataSubject: subject ? await pseudonymise(app.db, 'gebruiker', subject, requestTenant(request)) : null,
        activity: 'inloggen',
        purpose: 'toegangsbeveiliging',
        action: 'lezen',
        outcome: result.ok ? 'toegestaan' : 'geweigerd',
      });
      if (!result.ok) signInRefused(reply, result, Boolean(request.body.code));
      const session = await createSession(app.db, result.user.id, 'password', { amr: result.amr });
      setSessionCookie(app, reply, session.secret, session.expiresAt);
      return reply.code(201).send({ gebruiker: userResponse(result.user), csrfToken: session.csrfToken });
    },
  );

  app.get(
    `${API_PREFIX}/sessies/huidige`,
    {
      config: { access: { permission: 'sessie' } },
      schema: { tags, operationId: 'getHuidigeSessie', summary: 'Wie ben ik? De ingelogde gebruiker en het CSRF-token', response: { 200: SessionSchema } },
    },
    async (request) => {
      const user = await findUser(app.db, request.principal!.userId);
      return { gebruiker: userResponse(user!), csrfToken: request.session?.csrfToken ?? '' };
    },
  );

  app.delete(
    `${API_PREFIX}/sessies/huidige`,
    {
      config: { access: { permission: 'sessie' } },
      schema: { tags, operationId: 'deleteHuidigeSessie', summary: 'Uitloggen', response: { 204: z.null().describe('Uitgelogd') } },
    },
    async (request, reply) => {
      if (request.session) await endSession(app.db, request.session.idHash);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    `${API_PREFIX}/sessies`,
    {
      config: { access: { permission: 'sessie' } },
      schema: {
        tags,
        operationId: 'deleteSessies',
        summary: 'Overal uitloggen: alle sessies van de gebruiker beëindigen',
        response: { 200: z.object({ beeindigd: z.number().int() }).meta({ id: 'SessiesBeeindigd' }) },
      },
    },
    async (request, reply) => {
      const count = await endAllSessions(app.db, request.principal!.userId);
      clearSessionCookie(reply);
      return { beeindigd: count };
    },
  );
}
