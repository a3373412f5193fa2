/**
 * The residents' front door (issue 19), server-rendered so it works on any phone without JavaScript:
 * `/` (for a visitor who is not signed in as staff), `/zoeken`, `/zoeken/{dienstId}`, `/clientondersteuning`
 * and its two request forms with a confirmation page. Routes are thin: they read the form, call the
 * portal and social map services, and render. Staff signed in at `/` get the web app, as before.
 */
import formbody from '@fastify/formbody';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../types.ts';
import { SESSION_COOKIE } from '../../plugins/auth.ts';
import { inTransaction } from '../../../db/client.ts';
import { normaliseReference, validateQuestion, type FieldError } from '../../../domain/portal/index.ts';
import { resolveSession } from '../../../services/identity/sessions.ts';
import { portalMunicipalities, type AskOutcome } from '../../../services/portal/questions.ts';
import { publicService, searchServices, type PublicService } from '../../../services/socialmap/search.ts';
import { SocialMapNotFoundError } from '../../../services/socialmap/store.ts';
import { generalDesks } from '../../../services/resident/desk.ts';
import { replaceableQuestions, requestOtherSupporter, requestOtherSupporterOwn, requestSupporter } from '../../../services/resident/requests.ts';
import { auditResident, questionLimit, today } from '../../portal/common.ts';
import { langOf, page, translator, type Current, type PageLang } from './frame.ts';
import { aboutPage, homePage } from './home.ts';
import { inLanguage } from './errors-en.ts';
import { resultsPage, servicePage } from './search.ts';
import { donePage, otherSupporterForm, otherSupporterOwnForm, STEP_FIELDS, STEPS, supporterStep, type FlowState, type Step } from './forms.ts';

/** The reference of a request just sent, for the confirmation page after the redirect (never in the URL). */
const DONE_COOKIE = 'naast_verstuurd';
const DONE_PATH = '/clientondersteuning';
/** Moving between the steps of one request: generous, the sending itself has the portal's limit. */
const stepLimit = { max: questionLimit.max * 10, timeWindow: '1 hour' };
const FORM_FIELDS = ['taal', 'csrfToken', 'variant', 'dienst', 'gemeenteCode', 'vraag', 'naam', 'telefoon', 'email', 'contactToestemming', 'nummer', 'reden'] as const;

type Query = Record<string, string | undefined>;
const clip = (v: unknown, max: number): string => (typeof v === 'string' ? v.trim().slice(0, max) : Array.isArray(v) && typeof v[0] === 'string' ? v[0].trim().slice(0, max) : '');
const UUID = /^[0-9a-f-]{36}$/i;
const CODE = /^[a-z0-9-]{1,100}$/;

/** A form's fields as single strings (a repeated field keeps its first value); unknown fields are dropped. */
function formValues(body: unknown): Record<string, string> {
  const raw = (body ?? {}) as Record<string, unknown>;
  const values: Record<string, string> = {};
  for (const name of FORM_FIELDS) {
    const value = clip(raw[name], name === 'vraag' || name === 'reden' ? 8000 : 400);
    if (value) values[name] = value;
  }
  if (values.taal !== 'en') delete values.taal;
  if (values.dienst && !UUID.test(values.dienst)) delete values.dienst;
  if (values.contactToestemming && !['ja', 'on', 'true'].includes(values.contactToestemming)) delete values.contactToestemming;
  else if (values.contactToestemming) values.contactToestemming = 'ja';
  return values;
}

export interface FrontDoorOptions {
  /** The web app's index.html (undefined without a build), served at `/` to signed-in staff. */
  indexHtml: string | undefined;
}

export async function residentPages(app: AppInstance, options: FrontDoorOptions): Promise<void> {
  await app.register(formbody);
  const secure = (app as unknown as { secureCookies?: boolean }).secureCookies ?? false;
  // The built stylesheet, read from the web app's index.html (the same one every page of the app uses).
  const stylesheets = options.indexHtml ? [...options.indexHtml.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!) : [];

  async function sessionOf(request: FastifyRequest) {
    const cookie = request.cookies[SESSION_COOKIE];
    return cookie ? resolveSession(app.db, cookie) : null;
  }

  /** The signed-in resident (a request is then linked to their account), with the token the form sends back. */
  async function residentOf(request: FastifyRequest): Promise<{ userId: string; csrfToken: string; municipalityCode: string } | null> {
    const session = await sessionOf(request);
    const grant = session?.principal.grants.find((g) => g.role === 'inwoner');
    if (!session || !grant) return null;
    return { userId: session.principal.userId, csrfToken: session.csrfToken, municipalityCode: grant.organisation.code };
  }

  const send = (request: FastifyRequest, reply: FastifyReply, lang: PageLang, title: string, current: Current, body: string, status = 200) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(page({ lang, title, stylesheets, url: new URL(request.url, 'http://x'), current, body }));

  /**
   * A form posted from another site is refused (browsers send Sec-Fetch-Site, and Origin with a POST):
   * nobody can make a visitor's browser send requests in their name. Origin "null" is what a browser
   * sends for our own forms under Referrer-Policy: no-referrer (Fetch standard), so it proves nothing.
   */
  function crossSite(request: FastifyRequest): boolean {
    const origin = request.headers.origin;
    if (['cross-site', 'same-site'].includes(String(request.headers['sec-fetch-site']))) return true;
    if (!origin || origin === 'null') return false;
    try {
      return new URL(origin).host !== request.headers.host;
    } catch {
      return true;
    }
  }
  const refuse = (request: FastifyRequest, reply: FastifyReply, lang: PageLang) => {
    const t = translator(lang);
    return send(request, reply, lang, t('resident.form.refused'), null, `<h1 class="utrecht-heading-1">${t('resident.form.refused')}</h1>\n<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${t('resident.done.home')}</a></p>`, 403);
  };

  // --- `/`: residents, unless signed in as staff ---------------------------------------------------------
  app.get('/', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const session = await sessionOf(request);
    if (session && session.principal.grants.some((g) => g.role !== 'inwoner')) {
      if (!options.indexHtml) {
        return reply.code(503).type('text/plain; charset=utf-8').send('De webinterface is nog niet gebouwd. Voer "npm run build" uit of start met "npm start".');
      }
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(options.indexHtml);
    }
    const lang = langOf((request.query as Query).taal);
    const t = translator(lang);
    return send(request, reply, lang, t('resident.home.title'), 'start', homePage(t, lang));
  });

  app.get('/clientondersteuning', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const lang = langOf((request.query as Query).taal);
    const t = translator(lang);
    return send(request, reply, lang, t('resident.about.title'), 'about', aboutPage(t, lang));
  });

  // --- Search -------------------------------------------------------------------------------------------
  app.get('/zoeken', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const q = request.query as Query;
    const lang = langOf(q.taal);
    const t = translator(lang);
    const view = { vraag: clip(q.vraag, 300), plaats: clip(q.plaats, 100), pagina: Math.max(1, Math.min(1000, Number.parseInt(q.pagina ?? '1', 10) || 1)) };
    const searched = Boolean(view.vraag || view.plaats);
    const results = searched ? await searchServices(app.db, { question: view.vraag, place: view.plaats || undefined }) : [];
    const desks = searched && results.length === 0 ? await generalDesks(app.db, view.plaats) : [];
    return send(request, reply, lang, t('resident.search.title'), 'search', resultsPage(t, lang, view, results, desks));
  });

  app.get('/zoeken/:dienstId', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const q = request.query as Query;
    const lang = langOf(q.taal);
    const t = translator(lang);
    let service: PublicService;
    try {
      service = await publicService(app.db, (request.params as { dienstId: string }).dienstId);
    } catch (err) {
      if (!(err instanceof SocialMapNotFoundError)) throw err;
      return send(request, reply, lang, t('resident.search.title'), 'search', `<h1 class="utrecht-heading-1">${t('resident.search.title')}</h1>\n<p class="utrecht-paragraph">${t('resident.detail.notFound')}</p>\n<p class="utrecht-paragraph"><a class="utrecht-link" href="/zoeken">${t('resident.search.again')}</a></p>`, 404);
    }
    // A service for one municipality fills in the resident's municipality on the request form.
    const only = service.municipalityCodes.length === 1 ? service.municipalityCodes[0]! : null;
    return send(request, reply, lang, service.name, 'search', servicePage(t, lang, service, { vraag: clip(q.vraag, 300), plaats: clip(q.plaats, 100) }, only));
  });

  // --- Vraag een cliëntondersteuner: one question per page --------------------------------------------------
  async function flowState(lang: PageLang, values: Record<string, string>, errors: FieldError[]): Promise<FlowState> {
    let foundVia: string | null = null;
    if (values.dienst) foundVia = await publicService(app.db, values.dienst).then((s) => s.name, () => null);
    return { lang, values, errors: inLanguage(errors, lang), municipalities: await portalMunicipalities(app.db), foundVia };
  }

  const renderStep = async (request: FastifyRequest, reply: FastifyReply, values: Record<string, string>, step: Step, errors: FieldError[] = []) => {
    const lang = langOf(values.taal);
    const t = translator(lang);
    const title = `${errors.length ? (lang === 'en' ? 'Error: ' : 'Fout: ') : ''}${t('resident.supporter.title')}`;
    return send(request, reply, lang, title, null, supporterStep(t, await flowState(lang, values, errors), step), errors.length ? 400 : 200);
  };

  /** The errors of one step: the portal's own checks, only for the fields that step asks. */
  async function stepErrors(values: Record<string, string>, step: Step): Promise<FieldError[]> {
    const checked = validateQuestion(values);
    const fields = STEP_FIELDS[step].map((f) => `body.${f}`);
    const errors = checked.ok ? [] : checked.error.filter((e) => fields.includes(e.field));
    if (step === 'gemeente' && values.gemeenteCode && !(await portalMunicipalities(app.db)).some((m) => m.code === values.gemeenteCode)) {
      errors.push({ field: 'body.gemeenteCode', code: 'unknown', message: 'Deze gemeente kennen wij niet. Kies uw gemeente uit de lijst.' });
    }
    return errors;
  }

  app.get('/clientondersteuning/aanvragen', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const q = request.query as Query;
    const who = await residentOf(request);
    const values: Record<string, string> = {};
    if (q.taal === 'en') values.taal = 'en';
    if (q.dienst && UUID.test(q.dienst)) values.dienst = q.dienst;
    if (q.gemeente && CODE.test(q.gemeente)) values.gemeenteCode = q.gemeente;
    if (who) values.csrfToken = who.csrfToken;
    return renderStep(request, reply, values, 'gemeente');
  });

  app.post('/clientondersteuning/aanvragen', { schema: { hide: true }, config: { access: { public: true }, rateLimit: stepLimit } }, async (request, reply) => {
    const values = formValues(request.body);
    if (crossSite(request)) return refuse(request, reply, langOf(values.taal));
    const body = (request.body ?? {}) as Record<string, unknown>;
    const goTo = STEPS.find((s) => s === body.naar);
    if (goTo) return renderStep(request, reply, values, goTo);
    const step = STEPS.find((s) => s === body.stap) ?? 'gemeente';
    const index = STEPS.indexOf(step);
    if (body.actie === 'terug') return renderStep(request, reply, values, STEPS[Math.max(0, index - 1)]!);
    const errors = await stepErrors(values, step);
    if (errors.length > 0) return renderStep(request, reply, values, step, errors);
    return renderStep(request, reply, values, STEPS[Math.min(STEPS.length - 1, index + 1)]!);
  });

  /** Stores the request with its audit row in one transaction (issue 18 §1), as the portal's own form does. */
  async function store(request: FastifyRequest, values: Record<string, string>, ask: (db: typeof app.db, userId: string | null) => Promise<AskOutcome>): Promise<AskOutcome> {
    const who = await residentOf(request);
    // Linked to the account only with the session's own token (like /portaal/vraag-stellen).
    const userId = who && values.csrfToken === who.csrfToken ? who.userId : null;
    return app.db.transaction(async (tx) => {
      const db = inTransaction(app.db, tx);
      const asked = await ask(db, userId);
      if (asked.ok) {
        await auditResident(app, request, { userId, municipalityCode: asked.value.receipt.municipality.code, caseIds: [asked.value.caseId], action: 'schrijven', outcome: 'toegestaan' }, db);
      }
      return asked;
    });
  }

  /** Post, redirect, get: the confirmation page reads the reference from a short-lived cookie. */
  const confirm = (reply: FastifyReply, reference: string, lang: PageLang) => {
    reply.setCookie(DONE_COOKIE, reference, { path: DONE_PATH, httpOnly: true, sameSite: 'lax', secure, maxAge: 15 * 60 });
    return reply.redirect(`/clientondersteuning/verstuurd${lang === 'en' ? '?taal=en' : ''}`, 303);
  };

  app.post('/clientondersteuning/aanvragen/versturen', { schema: { hide: true }, config: { access: { public: true }, rateLimit: questionLimit } }, async (request, reply) => {
    const values = formValues(request.body);
    if (crossSite(request)) return refuse(request, reply, langOf(values.taal));
    const foundVia = values.dienst ? await publicService(app.db, values.dienst).then((s) => s.name, () => null) : null;
    const outcome = await store(request, values, (db, userId) => requestSupporter(db, values, { residentUserId: userId, today: today() }, foundVia));
    if (!outcome.ok) {
      // Back to the first step with a problem, with that step's errors (the check page for consent).
      const step = STEPS.find((s) => outcome.error.some((e) => STEP_FIELDS[s].some((f) => e.field === `body.${f}`))) ?? 'controle';
      return renderStep(request, reply, values, step, outcome.error.filter((e) => STEP_FIELDS[step].some((f) => e.field === `body.${f}`)));
    }
    return confirm(reply, outcome.value.receipt.reference, langOf(values.taal));
  });

  // --- Vraag een andere cliëntondersteuner: one page --------------------------------------------------------
  const FIELD_ORDER = ['gemeenteCode', 'nummer', 'reden', 'naam', 'telefoon', 'email', 'contactToestemming'].map((f) => `body.${f}`);
  const renderOther = async (request: FastifyRequest, reply: FastifyReply, values: Record<string, string>, errors: FieldError[] = []) => {
    const lang = langOf(values.taal);
    const t = translator(lang);
    const sorted = [...errors].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
    const state = { ...(await flowState(lang, values, sorted)), signedIn: Boolean(await residentOf(request)) };
    const title = `${errors.length ? (lang === 'en' ? 'Error: ' : 'Fout: ') : ''}${t('resident.other.title')}`;
    return send(request, reply, lang, title, null, otherSupporterForm(t, state), errors.length ? 400 : 200);
  };

  /**
   * Signed in with questions that have a supporter: the resident chooses one and the request is recorded
   * in the case at once. Showing the own references is a read of those cases, logged like Mijn vragen.
   */
  const renderOwn = async (request: FastifyRequest, reply: FastifyReply, who: { userId: string; municipalityCode: string }, values: Record<string, string>, errors: FieldError[] = []) => {
    const { choices, caseIds } = await replaceableQuestions(app.db, who.userId, today());
    if (choices.length === 0) return null;
    await auditResident(app, request, { userId: who.userId, municipalityCode: who.municipalityCode, caseIds, action: 'lezen', outcome: 'toegestaan' });
    const lang = langOf(values.taal);
    const t = translator(lang);
    const title = `${errors.length ? (lang === 'en' ? 'Error: ' : 'Fout: ') : ''}${t('resident.other.title')}`;
    return send(request, reply, lang, title, null, otherSupporterOwnForm(t, await flowState(lang, values, errors), choices), errors.length ? 400 : 200);
  };

  app.get('/clientondersteuning/andere-ondersteuner', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const q = request.query as Query;
    const who = await residentOf(request);
    const values: Record<string, string> = {};
    if (q.taal === 'en') values.taal = 'en';
    if (who) values.csrfToken = who.csrfToken;
    const own = who && q.formulier !== 'algemeen' ? await renderOwn(request, reply, who, values) : null;
    return own ?? renderOther(request, reply, values);
  });

  app.post('/clientondersteuning/andere-ondersteuner', { schema: { hide: true }, config: { access: { public: true }, rateLimit: questionLimit } }, async (request, reply) => {
    const values = formValues(request.body);
    if (crossSite(request)) return refuse(request, reply, langOf(values.taal));
    const who = await residentOf(request);
    if (values.variant === 'eigen' && who && values.csrfToken === who.csrfToken) {
      // The same service and audit as Mijn vragen: recorded and binding, in one transaction.
      const outcome = await app.db.transaction(async (tx) => {
        const db = inTransaction(app.db, tx);
        const asked = await requestOtherSupporterOwn(db, who.userId, values, today());
        if (asked.ok) await auditResident(app, request, { userId: who.userId, municipalityCode: who.municipalityCode, caseIds: [asked.value.caseId], action: 'schrijven', outcome: 'toegestaan' }, db);
        return asked;
      });
      if (outcome.ok) return confirm(reply, outcome.value.reference, langOf(values.taal));
      await auditResident(app, request, { userId: who.userId, municipalityCode: who.municipalityCode, caseIds: [], action: 'schrijven', outcome: 'geweigerd' });
      return (await renderOwn(request, reply, who, values, outcome.error)) ?? renderOther(request, reply, values, outcome.error);
    }
    const outcome = await store(request, values, (db, userId) => requestOtherSupporter(db, values, { residentUserId: userId, today: today() }));
    if (!outcome.ok) return renderOther(request, reply, values, outcome.error);
    return confirm(reply, outcome.value.receipt.reference, langOf(values.taal));
  });

  app.get('/clientondersteuning/verstuurd', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const lang = langOf((request.query as Query).taal);
    const t = translator(lang);
    const reference = normaliseReference(request.cookies[DONE_COOKIE] ?? '');
    return send(request, reply, lang, t('resident.done.title'), null, donePage(t, lang, reference));
  });
}
