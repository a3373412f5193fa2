import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { auditRequest, requestTenant } from '../audit.ts';
import { clearSessionCookie, setSessionCookie } from '../plugins/auth.ts';
import { checkLogin, findUser } from '../../services/identity/users.ts';
import { createSession, endAllSessions, endSession } from '../../services/identity/sessions.ts';
import { pseudonymise } from '../../services/audit/pseudonym.ts';
import { UserSchema, userResponse } from './schemas.ts';

const tags = ['Identiteit'];
const loginLimit = Number(process.env.NAAST_LOGIN_RATE_LIMIT ?? 20);

const SessionSchema = z
  .object({ gebruiker: UserSchema, csrfToken: z.string().describe('Stuur deze mee in de header X-CSRF-Token bij elke wijziging') })
  .meta({ id: 'Sessie' });

export async function sessionRoutes(app: AppInstance): Promise<void> {
  app.post(
    `${API_PREFIX}/sessies`,
    {
      config: { access: { public: true }, rateLimit: { max: loginLimit, timeWindow: '1 minute' } },
      schema: {
        tags,
        operationId: 'createSessie',
        summary: 'Inloggen met gebruikersnaam en wachtwoord',
        body: z.object({ gebruikersnaam: z.string().min(1).max(200), wachtwoord: z.string().min(1).max(256) }),
        response: { 201: SessionSchema },
      },
    },
    async (request, reply) => {
      const result = await checkLogin(app.db, request.body.gebruikersnaam, request.body.wachtwoord);
      const subject = result.ok ? result.user.id : result.userId;
      await auditRequest(app, request, {
        dataSubject: subject ? await pseudonymise(app.db, 'gebruiker', subject, requestTenant(request)) : null,
        activity: 'inloggen',
        purpose: 'toegangsbeveiliging',
        action: 'lezen',
        outcome: result.ok ? 'toegestaan' : 'geweigerd',
      });
      if (!result.ok) {
        if (result.reason === 'locked') {
          throw new ProblemError(423, 'Dit account is tijdelijk vergrendeld na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw of vraag de beheerder.', { title: 'Account vergrendeld' });
        }
        throw new ProblemError(401, 'De gebruikersnaam of het wachtwoord klopt niet.');
      }
      const session = await createSession(app.db, result.user.id, 'password');
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
