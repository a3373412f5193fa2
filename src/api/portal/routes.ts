import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { auditRequest, requestTenant } from '../audit.ts';
import { setSessionCookie } from '../plugins/auth.ts';
import { pseudonymise } from '../../services/audit/pseudonym.ts';
import { createSession, type NewSession } from '../../services/identity/sessions.ts';
import { OIDC_LOGIN_MINUTES, safeReturnPath } from '../../services/identity/oidc.ts';
import { askQuestion, municipalityName } from '../../services/portal/questions.ts';
import { askOtherSupporter, ownQuestions } from '../../services/portal/own.ts';
import { finishResidentSignIn, RESIDENT_CALLBACK_PATH, startResidentSignIn } from '../../services/portal/residents.ts';
import { inTransaction } from '../../db/client.ts';
import { markIdempotencyKey } from '../idempotency.ts';
import { auditResident, own, questionLimit, residentOf, tags, today } from './common.ts';
import { portalPages } from '../pages/portal.ts';
import { OwnQuestionSchema, ownQuestionResponse, QuestionInput, ReceiptSchema, receiptResponse } from './schemas.ts';
import { ForbiddenError, NotFoundError } from '../../domain/errors.ts';

const loginLimit = { max: Number(process.env.NAAST_LOGIN_RATE_LIMIT ?? 20), timeWindow: '1 minute' };
/** Binds a resident sign-in to the browser that started it (like the staff sign-in's cookie). */
const STATE_COOKIE = 'naast_portaal_state';
const COOKIE_PATH = `${API_PREFIX}/portaal`;

/** The portal page shows a Dutch message for the code; nothing the provider said reaches the page. */
const toPortal = (reply: FastifyReply, code: string) => reply.redirect(`/portaal?fout=${code}`, 302);

export async function portalRoutes(app: AppInstance): Promise<void> {
  const secure = (app as unknown as { secureCookies: boolean }).secureCookies;
  // The server-rendered form (works without JavaScript) lives beside the API it shares a service with.
  await app.register(portalPages);

  app.post(
    `${API_PREFIX}/portaal/vragen`,
    {
      config: { access: { public: true }, rateLimit: questionLimit },
      schema: {
        tags,
        operationId: 'stelVraag',
        summary:
          'Een inwoner stelt online een vraag (zonder in te loggen). Wordt een intake in de werkvoorraad "niet toegewezen" van de gemeente; als de inwoner is ingelogd, staat de vraag ook onder "Mijn vragen".',
        body: QuestionInput,
        response: { 201: ReceiptSchema },
      },
    },
    async (request, reply) => {
      const resident = await residentOf(app, request, request.headers['x-csrf-token'] as string | undefined);
      if (!resident.csrfOk) throw new ForbiddenError('De beveiligingscode (CSRF) ontbreekt of klopt niet. Laad de pagina opnieuw en probeer het nog eens.');
      // The case, its reference and the audit row commit together, with the Idempotency-Key if sent.
      const outcome = await app.db.transaction(async (tx) => {
        const db = inTransaction(app.db, tx);
        const asked = await askQuestion(db, request.body, { residentUserId: resident.userId, today: today() });
        if (!asked.ok) return asked;
        const { receipt, caseId } = asked.value;
        await auditResident(app, request, { userId: resident.userId, municipalityCode: receipt.municipality.code, caseIds: [caseId], action: 'schrijven', outcome: 'toegestaan' }, db);
        await markIdempotencyKey(db, request);
        return asked;
      });
      if (!outcome.ok) {
        const n = outcome.error.length;
        throw new ProblemError(400, n === 1 ? outcome.error[0]!.message : `Er ${n === 1 ? 'is' : 'zijn'} ${n} dingen niet goed ingevuld. Verbeter ze en verstuur de vraag opnieuw.`, {
          invalidParams: outcome.error.map((e) => ({ name: e.field, code: e.code, reason: e.message })),
        });
      }
      reply.code(201);
      return receiptResponse(outcome.value.receipt);
    },
  );

  app.get(
    `${API_PREFIX}/portaal/inloggen`,
    {
      config: { access: { public: true }, rateLimit: loginLimit, answers: { 404: 'Inloggen voor inwoners staat uit' } },
      schema: {
        tags,
        operationId: 'startInwonerInloggen',
        summary: 'Inloggen als inwoner (in productie met DigiD via een makelaar): stuurt de browser door naar de identiteitsprovider',
        querystring: z.object({
          gemeente: z.string().max(100).optional().describe('Code van de gemeente van de inwoner (indeling 2014)'),
          terugNaar: z.string().max(2000).optional().describe('Pad binnen Naast na het inloggen (standaard /portaal/mijn-vragen)'),
        }),
        response: { 302: z.null().describe('Doorverwijzing naar de identiteitsprovider, of naar /portaal?fout=<code>') },
      },
    },
    async (request, reply) => {
      if (!app.oidc) throw new NotFoundError('Inloggen als inwoner is op deze server niet ingeschakeld.');
      const code = request.query.gemeente?.trim() ?? '';
      if (!code || !(await municipalityName(app.db, code))) return toPortal(reply, 'gemeente');
      let started;
      try {
        started = await startResidentSignIn(app.db, app.oidc.config, { municipalityCode: code, returnTo: safeReturnPath(request.query.terugNaar ?? '/portaal/mijn-vragen') });
      } catch (err) {
        request.log.error({ err }, 'Resident OIDC: discovery of the provider failed');
        return toPortal(reply, 'niet-bereikbaar');
      }
      reply.setCookie(STATE_COOKIE, started.state, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure, maxAge: OIDC_LOGIN_MINUTES * 60 });
      return reply.redirect(started.url.href, 302);
    },
  );

  app.get(
    RESIDENT_CALLBACK_PATH,
    {
      config: { access: { public: true }, rateLimit: loginLimit, answers: { 404: 'Inloggen voor inwoners staat uit' } },
      schema: {
        tags,
        operationId: 'afrondenInwonerInloggen',
        summary: 'Terugkeer van de identiteitsprovider voor inwoners (redirect URI): maakt de sessie aan met de rol inwoner',
        querystring: z.object({ code: z.string().optional(), state: z.string().optional(), iss: z.string().optional(), error: z.string().optional() }),
        response: { 302: z.null().describe('Ingelogd: doorverwijzing naar het gevraagde pad. Niet gelukt: naar /portaal?fout=<code>') },
      },
    },
    async (request, reply) => {
      if (!app.oidc) throw new NotFoundError('Inloggen als inwoner is op deze server niet ingeschakeld.');
      const boundState = request.cookies[STATE_COOKIE];
      reply.clearCookie(STATE_COOKIE, { path: COOKIE_PATH });
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const made: { session?: NewSession } = {};
      // The audit row and the session commit with the account change that the sign-in made.
      const outcome = await finishResidentSignIn(app.db, app.oidc.config, query, boundState, async (db, result) => {
        const userId = result.ok ? result.user.id : result.userId;
        if (!userId) return;
        const dataSubject = await pseudonymise(db, 'gebruiker', userId, requestTenant(request));
        const facts = { dataSubject, activity: 'inloggen', purpose: 'toegangsbeveiliging', action: 'lezen', outcome: result.ok ? 'toegestaan' : 'geweigerd' } as const;
        await auditRequest(app, request, facts, db);
        if (result.ok) made.session = await createSession(db, result.user.id, 'oidc');
      });
      if (!outcome.ok || !made.session) {
        request.log.warn({ code: outcome.ok ? 'mislukt' : outcome.code, cause: outcome.ok ? undefined : outcome.cause }, 'Resident OIDC sign-in refused');
        return toPortal(reply, outcome.ok ? 'mislukt' : outcome.code);
      }
      setSessionCookie(app, reply, made.session.secret, made.session.expiresAt);
      return reply.redirect(outcome.returnTo, 302);
    },
  );

  app.get(
    `${API_PREFIX}/portaal/mijn-vragen`,
    {
      config: { access: own },
      schema: {
        tags,
        operationId: 'listMijnVragen',
        summary: 'De eigen vragen van de ingelogde inwoner: de stap in gewone taal, de cliëntondersteuner en het eigen plan. Nooit die van een ander.',
        response: { 200: z.object({ vragen: z.array(OwnQuestionSchema) }).meta({ id: 'MijnVragen' }) },
      },
    },
    async (request) => {
      const userId = request.principal!.userId;
      const municipalityCode = request.grant?.organisation.code ?? '';
      const { questions, caseIds } = await ownQuestions(app.db, userId, today());
      // Every read is logged, one row per case shown; an empty list still leaves a trace.
      await auditResident(app, request, { userId, municipalityCode, caseIds, action: 'lezen', outcome: 'toegestaan' });
      return { vragen: questions.map(ownQuestionResponse) };
    },
  );

  app.post(
    `${API_PREFIX}/portaal/mijn-vragen/:vraagReferentie/ander-ondersteuner`,
    {
      config: { access: own },
      schema: {
        tags,
        operationId: 'vraagAndereOndersteuner',
        summary:
          'De inwoner vraagt om een andere cliëntondersteuner (Bijlage 2): vastgelegd en bindend. De ondersteuning wacht tot een ander is toegewezen.',
        params: z.object({ vraagReferentie: z.string().max(40).describe('Nummer van de eigen vraag, bijvoorbeeld NV-7K3Q-X9MB') }),
        body: z
          .object({ reden: z.string().trim().max(2000).nullable().describe('In de eigen woorden, of null als de inwoner liever geen reden geeft') })
          .meta({ id: 'AndereOndersteunerVerzoek' }),
        response: { 200: OwnQuestionSchema },
      },
    },
    async (request) => {
      const userId = request.principal!.userId;
      const municipalityCode = request.grant?.organisation.code ?? '';
      try {
        const question = await app.db.transaction(async (tx) => {
          const db = inTransaction(app.db, tx);
          const asked = await askOtherSupporter(db, userId, request.params.vraagReferentie, { reason: request.body.reden || null, today: today() });
          await auditResident(app, request, { userId, municipalityCode, caseIds: [asked.caseId], action: 'schrijven', outcome: 'toegestaan' }, db);
          return asked.question;
        });
        return ownQuestionResponse(question);
      } catch (err) {
        await auditResident(app, request, { userId, municipalityCode, caseIds: [], action: 'schrijven', outcome: 'geweigerd' });
        throw err;
      }
    },
  );
}
