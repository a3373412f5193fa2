import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { authorize, covers, type AccessRule, type Grant, type Permission, type Principal, type ResourceScope, type ScopeContext } from '../../domain/access/index.ts';
import { ROLE_DEFINITIONS } from '../../domain/access/roles.ts';
import { resolveSession } from '../../services/identity/sessions.ts';
import { resolveToken } from '../../services/identity/tokens.ts';
import { listMunicipalities } from '../../db/register/queries.ts';
import { problem, sendProblem } from '../problem.ts';
import { API_PREFIX } from '../version.ts';

export const SESSION_COOKIE = 'naast_sessie';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route; every API route must have one (deny by default). */
    access?: AccessRule;
    /** The organisation the requested resource belongs to, for scoped permissions (may look it up). */
    scope?: (request: FastifyRequest) => ResourceScope | Promise<ResourceScope>;
  }
  interface FastifyRequest {
    principal: Principal | null;
    session: { idHash: string; csrfToken: string } | null;
    /** The grant that allowed this request (null for public routes). */
    grant: Grant | null;
  }
}

/** Paths served by plugins that are public by nature (API description and its viewer). */
const PUBLIC_PREFIXES = [`${API_PREFIX}/docs`, `${API_PREFIX}/openapi.json`];
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const denials: Record<401 | 403 | 404, string> = {
  401: 'U bent niet ingelogd. Log eerst in.',
  403: 'U heeft geen toegang tot deze functie.',
  404: 'Niet gevonden.',
};

export interface AuthOptions {
  secureCookies: boolean;
}

export async function registerAuth(app: FastifyInstance, options: AuthOptions): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('principal', null);
  app.decorateRequest('session', null);
  app.decorateRequest('grant', null);
  app.decorate('secureCookies', options.secureCookies);

  // Who is calling: a bearer token (integrations) or the session cookie (the web UI).
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(API_PREFIX)) return;
    const auth = request.headers.authorization;
    if (auth) {
      const principal = /^Bearer\s+(.+)$/i.test(auth) ? await resolveToken(app.db, auth.replace(/^Bearer\s+/i, '').trim()) : null;
      if (!principal) return sendProblem(reply, problem(401, 'Het API-token is ongeldig, verlopen of ingetrokken.'));
      request.principal = principal;
      return;
    }
    // A bad token is refused everywhere (the integration must learn it), but public routes do not
    // need to know which browser session calls: skip that lookup on them (a hot path on PGlite).
    const rule = request.routeOptions.config?.access;
    if (rule && 'public' in rule) return;
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await resolveSession(app.db, cookie);
    if (session) {
      request.principal = session.principal;
      request.session = { idHash: session.idHash, csrfToken: session.csrfToken };
    }
  });

  // What the caller may do: one decision per request, from the route's rule, before the input is
  // even validated (an outsider learns nothing from validation errors).
  app.addHook('preValidation', async (request, reply) => {
    if (request.is404 || !request.url.startsWith(API_PREFIX) || PUBLIC_PREFIXES.some((p) => request.url.startsWith(p))) return;
    const rule = request.routeOptions.config.access;
    if (!rule) {
      request.log.error({ url: request.routeOptions.url }, 'route without access rule: denied');
      return sendProblem(reply, problem(403, denials[403]));
    }
    const scope = (await request.routeOptions.config.scope?.(request)) ?? { kind: 'none' };
    const decision = authorize(request.principal, rule, scope, await scopeContext(app));
    if (!decision.allowed) return sendProblem(reply, problem(decision.status, denials[decision.status]));
    request.grant = decision.grant;
    if (request.session && UNSAFE_METHODS.has(request.method) && !csrfOk(request)) {
      return sendProblem(reply, problem(403, 'De beveiligingscode (CSRF) ontbreekt of klopt niet. Laad de pagina opnieuw en probeer het nog eens.'));
    }
  });
}

/** Synchronizer token: the session's token in the X-CSRF-Token header, and a same-site Origin. */
function csrfOk(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin && new URL(origin).host !== request.headers.host) return false;
  return request.headers['x-csrf-token'] === request.session?.csrfToken;
}

/** Does the caller hold `permission` for this municipality? For checks inside a request (e.g. per import row). */
export async function mayActFor(app: FastifyInstance, request: FastifyRequest, permission: Permission, municipalityCode: string): Promise<boolean> {
  const context = await scopeContext(app);
  return (request.principal?.grants ?? []).some(
    (g) => ROLE_DEFINITIONS[g.role].permissions.includes(permission) && covers(g.organisation, { kind: 'municipality', code: municipalityCode }, context),
  );
}

const contexts = new WeakMap<object, Promise<ScopeContext>>();

/** Municipality → youth region over the known divisions; reference data, built once per database. */
function scopeContext(app: FastifyInstance): Promise<ScopeContext> {
  let context = contexts.get(app.db);
  if (!context) {
    context = (async () => {
      const regions = new Map<string, string>();
      for (const year of [2013, 2014]) {
        for (const m of await listMunicipalities(app.db, { divisionYear: year })) regions.set(m.code, m.youthRegionCode);
      }
      return { youthRegionOf: (code: string) => regions.get(code) };
    })();
    contexts.set(app.db, context);
  }
  return context;
}

export function setSessionCookie(app: FastifyInstance, reply: FastifyReply, secret: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: (app as unknown as { secureCookies: boolean }).secureCookies,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
