import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { changeWithAudit, requestTenant } from '../audit.ts';
import { ORGANISATION_KINDS } from '../../domain/access/index.ts';
import { changeOwnPassword, checkPassword, findUser } from '../../services/identity/users.ts';
import { passwordProblem } from '../../services/identity/passwords.ts';
import { organisationSecurity, resetTotp, setOrganisationSecurity, startTotpEnrolment } from '../../services/identity/totp.ts';
import { pseudonymise } from '../../services/audit/pseudonym.ts';
import { accessibleAccount, assertAccountWide } from './admin-scope.ts';
import { endPasswordOnlySessions } from '../../services/identity/sessions.ts';
import { ConflictError, ForbiddenError } from '../../domain/errors.ts';

/**
 * Second factor (TOTP) and password hygiene (issue 17 §5): enrolment with the password (also before
 * the first sign-in, when the organisation demands it), the administrator's reset as recovery, the
 * organisation's setting, and the user's own password change.
 */
const tags = ['Identiteit'];
const loginLimit = Number(process.env.NAAST_LOGIN_RATE_LIMIT ?? 20);
const manage = { permission: 'gebruikers:beheren' as const };
const activity = { activity: 'gebruikersbeheer', purpose: 'beheer van toegang tot Naast' };

const EnrolmentSchema = z
  .object({
    geheim: z.string().describe('Het gedeelde geheim (base32), om met de hand in de app te zetten'),
    uri: z.string().describe('otpauth://-adres voor de app (als QR-code te tonen)'),
  })
  .meta({ id: 'TweedeFactorInstellen' });

const OrganisationSecuritySchema = z
  .object({ tweedeFactorVerplicht: z.boolean().describe('Moeten medewerkers die met een wachtwoord inloggen een authenticator-app gebruiken?') })
  .meta({ id: 'OrganisatieBeveiliging' });

const organisationParams = z.object({ organisatieSoort: z.enum(ORGANISATION_KINDS), organisatieCode: z.string().min(1).max(100) });

/**
 * Settings of a municipality are for its own administrators; of any other kind of organisation for
 * a national administrator only (an empty municipality code: covered by no municipality's grant).
 */
const organisationScope = (request: FastifyRequest) => {
  const p = request.params as { organisatieSoort?: string; organisatieCode?: string };
  return { kind: 'municipality' as const, code: p.organisatieSoort === 'gemeente' ? (p.organisatieCode ?? '') : '' };
};

function refusePassword(reply: FastifyReply, result: { reason: 'invalid' | 'throttled'; retryAfter?: number }): never {
  if (result.reason === 'throttled') {
    reply.header('Retry-After', String(result.retryAfter ?? 60));
    throw new ProblemError(429, 'Te veel mislukte pogingen. Wacht even en probeer het dan opnieuw.', { code: 'throttled' });
  }
  throw new ProblemError(401, 'De gebruikersnaam of het wachtwoord klopt niet.');
}

export async function secondFactorRoutes(app: AppInstance): Promise<void> {
  app.post(
    `${API_PREFIX}/tweede-factor`,
    {
      config: { access: { public: true }, rateLimit: { max: loginLimit, timeWindow: '1 minute' }, secretAnswer: true },
      schema: {
        tags,
        operationId: 'startTweedeFactor',
        summary: 'Een authenticator-app instellen (TOTP): geeft het geheim; bevestig door in te loggen met de eerste code',
        description: 'Met gebruikersnaam en wachtwoord, zodat het ook kan vóór de eerste keer inloggen als de organisatie een tweede stap verplicht. Een ingestelde app vervangen kan alleen via de beheerder.',
        body: z.object({ gebruikersnaam: z.string().min(1).max(200), wachtwoord: z.string().min(1).max(256) }),
        response: { 201: EnrolmentSchema },
      },
    },
    async (request, reply) => {
      const checked = await checkPassword(app.db, request.body.gebruikersnaam, request.body.wachtwoord, request.ip);
      if (!checked.ok) refusePassword(reply, checked);
      const enrolment = await changeWithAudit(
        app,
        request,
        async (db) => {
          const started = await startTotpEnrolment(db, checked.user.id, checked.user.username);
          if (!started) throw new ConflictError('Voor dit account is al een authenticator-app ingesteld. Vraag de beheerder om die te verwijderen als u een nieuwe wilt instellen.');
          return started;
        },
        async (_, db) => ({ ...activity, dataSubject: await pseudonymise(db, 'gebruiker', checked.user.id, requestTenant(request)), action: 'schrijven', outcome: 'toegestaan' }),
      );
      return reply.code(201).send({ geheim: enrolment.secret, uri: enrolment.uri });
    },
  );

  app.delete(
    `${API_PREFIX}/gebruikers/:id/tweede-factor`,
    {
      config: { access: manage },
      schema: {
        tags,
        operationId: 'deleteTweedeFactor',
        summary: 'Herstel: de authenticator-app van een gebruiker verwijderen (de gebruiker stelt daarna een nieuwe in)',
        params: z.object({ id: z.string().max(64) }),
        response: { 204: z.null().describe('Verwijderd') },
      },
    },
    async (request, reply) => {
      const { user, access } = accessibleAccount(request.principal!.grants, await findUser(app.db, request.params.id));
      assertAccountWide(access);
      await changeWithAudit(
        app,
        request,
        (db) => resetTotp(db, user.id),
        async (_, db) => ({ ...activity, dataSubject: await pseudonymise(db, 'gebruiker', user.id, requestTenant(request)), action: 'schrijven', outcome: 'toegestaan' }),
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${API_PREFIX}/organisaties/:organisatieSoort/:organisatieCode/beveiliging`,
    {
      config: { access: manage, scope: organisationScope },
      schema: {
        tags,
        operationId: 'getOrganisatieBeveiliging',
        summary: 'Beveiligingsinstellingen van een organisatie (tweede stap bij inloggen verplicht?)',
        params: organisationParams,
        response: { 200: OrganisationSecuritySchema },
      },
    },
    async (request) => {
      const settings = await organisationSecurity(app.db, request.params.organisatieSoort, request.params.organisatieCode);
      return { tweedeFactorVerplicht: settings.requireTotp };
    },
  );

  app.put(
    `${API_PREFIX}/organisaties/:organisatieSoort/:organisatieCode/beveiliging`,
    {
      config: { access: manage, scope: organisationScope },
      schema: {
        tags,
        operationId: 'putOrganisatieBeveiliging',
        summary: 'Beveiligingsinstellingen van een organisatie wijzigen',
        description: 'Met tweedeFactorVerplicht moet iedereen met een rol bij deze organisatie die met een wachtwoord inlogt ook een code uit een authenticator-app geven; sessies die alleen met een wachtwoord zijn geopend, eindigen meteen. Inloggen via de identiteitsprovider (OIDC) regelt de tweede stap bij de provider.',
        params: organisationParams,
        body: OrganisationSecuritySchema,
        response: { 200: OrganisationSecuritySchema },
      },
    },
    async (request) => {
      const settings = await changeWithAudit(
        app,
        request,
        (db) => setOrganisationSecurity(db, request.params.organisatieSoort, request.params.organisatieCode, { requireTotp: request.body.tweedeFactorVerplicht }),
        async () => ({ ...activity, dataSubject: null, action: 'schrijven', outcome: 'toegestaan' }),
      );
      if (settings.requireTotp) await endPasswordOnlySessions(app.db, { kind: request.params.organisatieSoort, code: request.params.organisatieCode });
      return { tweedeFactorVerplicht: settings.requireTotp };
    },
  );

  app.put(
    `${API_PREFIX}/mijn-account/wachtwoord`,
    {
      config: { access: { permission: 'sessie' }, rateLimit: { max: loginLimit, timeWindow: '1 minute' } },
      schema: {
        tags,
        operationId: 'putMijnWachtwoord',
        summary: 'Eigen wachtwoord wijzigen; uw andere sessies eindigen en uw API-tokens worden ingetrokken',
        body: z.object({ huidigWachtwoord: z.string().min(1).max(256), nieuwWachtwoord: z.string().max(256) }),
        response: { 204: z.null().describe('Gewijzigd') },
      },
    },
    async (request, reply) => {
      const principal = request.principal!;
      if (principal.via === 'token') throw new ForbiddenError('Met een API-token kunt u geen wachtwoord wijzigen. Log in om uw wachtwoord te wijzigen.');
      const weak = passwordProblem(request.body.nieuwWachtwoord, [principal.username, principal.displayName]);
      if (weak) throw new ProblemError(400, weak, { invalidParams: [{ name: 'body.nieuwWachtwoord', code: 'weak_password', reason: weak }] });
      const checked = await checkPassword(app.db, principal.username, request.body.huidigWachtwoord, request.ip);
      if (!checked.ok || checked.user.id !== principal.userId) {
        if (!checked.ok && checked.reason === 'throttled') refusePassword(reply, checked);
        throw new ProblemError(400, 'Uw huidige wachtwoord klopt niet.', { invalidParams: [{ name: 'body.huidigWachtwoord', code: 'wrong_password', reason: 'Het huidige wachtwoord klopt niet.' }] });
      }
      await changeWithAudit(
        app,
        request,
        (db) => changeOwnPassword(db, principal.userId, request.session?.idHash ?? null, request.body.nieuwWachtwoord),
        async (_, db) => ({ ...activity, dataSubject: await pseudonymise(db, 'gebruiker', principal.userId, requestTenant(request)), action: 'schrijven', outcome: 'toegestaan' }),
      );
      return reply.code(204).send(null);
    },
  );
}
