import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { authorize, covers, type AccessRule, type Grant, type Permission, type Principal, type ResourceScope, type ScopeContext } from '../../domain/access/index.ts';
import { ROLE_DEFINITIONS } from '../../domain/access/roles.ts';
import { resolveSession } from '../../services/identity/sessions.ts';
import { resolveToken } from '../../services/identity/tokens.ts';
import { listMunicipalities } from '../../db/register/queries.ts';
import { problem, sendProblem, type Problem } from '../problem.ts';
import { API_PREFIX } from '../version.ts';

export const SESSION_COOKIE = 'naast_sessie';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route; every route must have one (deny by default, whatever its path). */
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

  // Every decision below is taken from the route that matched — its access rule and its URL pattern —
  // never from the raw request URL: the router decodes and matches `/%61pi/v1/…` too, so any check on
  // `request.url` can be walked around with another spelling of the same path (issue 17).

  // One hook, before the body is even read: a denied caller cannot make the server parse an upload,
  // and learns nothing from validation errors. Route parameters are known here (routing is done).
  app.addHook('onRequest', async (request, reply) => {
    if (request.is404) return; // the not-found handler answers a 404 that holds no data
    const refused = (await identify(app, request)) ?? (await decide(app, request));
    if (refused) return sendProblem(reply, refused);
  });
}

/** Who is calling: a bearer token (integrations) or the session cookie (the web UI). */
async function identify(app: FastifyInstance, request: FastifyRequest): Promise<Problem | null> {
  const rule = request.routeOptions.config?.access;
  const auth = request.headers.authorization;
  if (auth && isApiRoute(request)) {
    // A bad token is refused even on public routes: the integration must learn it.
    const principal = /^Bearer\s+(.+)$/i.test(auth) ? await resolveToken(app.db, auth.replace(/^Bearer\s+/i, '').trim()) : null;
    if (!principal) return problem(401, 'Het API-token is ongeldig, verlopen of ingetrokken.');
    request.principal = principal;
    return null;
  }
  // Public routes do not need to know which browser session calls: skip that lookup on them (a hot
  // path on PGlite). A route without a rule is denied anyway, so it needs no lookup either.
  if (!rule || 'public' in rule) return null;
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const session = await resolveSession(app.db, cookie);
  if (session) {
    request.principal = session.principal;
    request.session = { idHash: session.idHash, csrfToken: session.csrfToken };
  }
  return null;
}

/** What the caller may do: one decision per request, from the matched route's rule. Deny by default. */
async function decide(app: FastifyInstance, request: FastifyRequest): Promise<Problem | null> {
  const rule = request.routeOptions.config?.access;
  if (!rule) {
    request.log.error({ route: request.routeOptions.url, method: request.method }, 'route without access rule: denied');
    return problem(403, denials[403]);
  }
  if ('public' in rule) return null;
  const scope = (await request.routeOptions.config.scope?.(request)) ?? { kind: 'none' };
  const decision = authorize(request.principal, rule, scope, await scopeContext(app));
  if (!decision.allowed) return problem(decision.status, denials[decision.status]);
  request.grant = decision.grant;
  if (request.session && UNSAFE_METHODS.has(request.method) && !csrfOk(request)) {
    return problem(403, 'De beveiligingscode (CSRF) ontbreekt of klopt niet. Laad de pagina opnieuw en probeer het nog eens.');
  }
  return null;
}

/** Routes of the public API, by the pattern they were registered with (not by the URL as spelled). */
function isApiRoute(request: FastifyRequest): boolean {
  return (request.routeOptions.url ?? '').startsWith(`${API_PREFIX}/`);
}

/**
 * Registers routes of a third-party plugin (the API description and its viewer, the web build's
 * static files) that cannot carry our route config, marking each one public at registration time.
 * Everything else must name its own rule.
 */
export async function registerPublicPlugin(app: FastifyInstance, register: (scope: FastifyInstance) => Promise<void>): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...(route.config ?? {}), access: { public: true } };
    });
    await register(scope);
  });
}

/** Synchronizer token: the session's token in the X-CSRF-Token header, and a same-site Origin. */
function csrfOk(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin && sameOriginHost(origin) !== request.headers.host) return false;
  return request.headers['x-csrf-token'] === request.session?.csrfToken;
}

/** The host of an Origin header, or null for `null` and anything that is not a URL (never throws). */
function sameOriginHost(origin: string): string | null {
  if (!URL.canParse(origin)) return null;
  return new URL(origin).host;
}

/** Does the caller hold `permission` for this municipality? For checks inside a request (e.g. per import row). */
export async function mayActFor(app: FastifyInstance, request: FastifyRequest, permission: Permission, municipalityCode: string): Promise<boolean> {
  return (await grantFor(app, request, permission, municipalityCode)) !== null;
}

/**
 * The caller's grant that holds `permission` for this municipality, or null. A route that acts for ONE
 * municipality named in its body sets it as `request.grant`: the audit row then names the organisation
 * acted for, not the first grant of a caller who works for several (the route has no scope to decide it).
 */
export async function grantFor(app: FastifyInstance, request: FastifyRequest, permission: Permission, municipalityCode: string): Promise<Grant | null> {
  const context = await scopeContext(app);
  return (
    (request.principal?.grants ?? []).find(
      (g) => ROLE_DEFINITIONS[g.role].permissions.includes(permission) && covers(g.organisation, { kind: 'municipality', code: municipalityCode }, context),
    ) ?? null
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
    // A failed load (the database was away) is not kept: the next request tries again.
    const failed = context;
    failed.catch(() => {
      if (contexts.get(app.db) === failed) contexts.delete(app.db);
    });
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
