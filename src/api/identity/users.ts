import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { auditRequest, changeWithAudit, requestTenant } from '../audit.ts';
import { versionFromIfMatch } from '../conditional.ts';
import { createUser, findUser, listUsers, updateUser } from '../../services/identity/users.ts';
import { passwordProblem } from '../../services/identity/passwords.ts';
import { pseudonymise } from '../../services/audit/pseudonym.ts';
import { accountAccess, adminScopeOf, grantsInScope, mergeGrants } from '../../domain/access/index.ts';
import { GrantSchema, toGrants, UserSchema, userResponse } from './schemas.ts';
import { accessibleAccount, assertAccountWide, assertGrantsAllowed, assertNewAccountInScope } from './admin-scope.ts';
import { ConflictError } from '../../domain/errors.ts';

const tags = ['Identiteit'];
const manage = { access: { permission: 'gebruikers:beheren' as const } };
const activity = { activity: 'gebruikersbeheer', purpose: 'beheer van toegang tot Naast' };

const password = z.string().max(256).optional().describe('Minstens 12 tekens');

export async function userRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/gebruikers`,
    {
      config: manage,
      schema: {
        tags,
        operationId: 'listGebruikers',
        summary: 'De gebruikers die u beheert, met hun rollen in uw beheer (een landelijke beheerder: alle gebruikers)',
        response: { 200: z.array(UserSchema) },
      },
    },
    async (request) => {
      // Filtered here with the same pure decision as every other route: a few hundred accounts at most.
      const admin = request.principal!.grants;
      const users = (await listUsers(app.db)).filter((u) => accountAccess(admin, u.grants) !== 'none');
      await auditRequest(app, request, { ...activity, dataSubject: null, action: 'lezen', outcome: 'toegestaan' });
      return users.map((u) => userResponse(u, grantsInScope(admin, u.grants)));
    },
  );

  app.post(
    `${API_PREFIX}/gebruikers`,
    {
      config: manage,
      schema: {
        tags,
        operationId: 'createGebruiker',
        summary: 'Gebruiker aanmaken',
        body: z.object({
          gebruikersnaam: z.string().min(2).max(100).regex(/^[a-zA-Z0-9._@-]+$/, 'Alleen letters, cijfers en . _ @ -'),
          naam: z.string().min(1).max(200),
          email: z.string().email().max(200).nullable().default(null),
          wachtwoord: password,
          rollen: z.array(GrantSchema).max(50).default([]),
        }),
        response: { 201: UserSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      // The account's own names count as easy to guess too (security review: password = user name).
      const weak = b.wachtwoord ? passwordProblem(b.wachtwoord, [b.gebruikersnaam, b.naam ?? '']) : null;
      if (weak) throw new ProblemError(400, weak, { invalidParams: [{ name: 'body.wachtwoord', code: 'weak_password', reason: weak }] });
      const admin = request.principal!.grants;
      const grants = toGrants(b.rollen);
      assertGrantsAllowed(admin, grants);
      assertNewAccountInScope(admin, grants);
      const user = await changeWithAudit(
        app,
        request,
        (db) => createUser(db, { username: b.gebruikersnaam, displayName: b.naam, email: b.email, password: b.wachtwoord, grants }),
        async (created, db) => ({ ...activity, dataSubject: await pseudonymise(db, 'gebruiker', created.id, requestTenant(request)), action: 'schrijven', outcome: 'toegestaan' }),
      );
      reply.header('ETag', `"${user.version}"`);
      return reply.code(201).send(userResponse(user, grantsInScope(admin, user.grants)));
    },
  );

  app.get(
    `${API_PREFIX}/gebruikers/:id`,
    {
      config: manage,
      schema: { tags, operationId: 'getGebruiker', summary: 'Eén gebruiker', params: z.object({ id: z.string().max(64) }), response: { 200: UserSchema } },
    },
    async (request, reply) => {
      const admin = request.principal!.grants;
      const { user } = accessibleAccount(admin, await findUser(app.db, request.params.id));
      await auditRequest(app, request, { ...activity, dataSubject: await pseudonymise(app.db, 'gebruiker', user.id, requestTenant(request)), action: 'lezen', outcome: 'toegestaan' });
      reply.header('ETag', `"${user.version}"`);
      return userResponse(user, grantsInScope(admin, user.grants));
    },
  );

  app.patch(
    `${API_PREFIX}/gebruikers/:id`,
    {
      config: manage,
      schema: {
        tags,
        operationId: 'patchGebruiker',
        summary: 'Gebruiker wijzigen (naam, rollen, blokkeren, ontgrendelen, wachtwoord); stuur If-Match met de versie',
        params: z.object({ id: z.string().max(64) }),
        headers: z.object({ 'if-match': z.string().optional() }),
        body: z.object({
          naam: z.string().min(1).max(200).optional(),
          email: z.string().email().max(200).nullable().optional(),
          geblokkeerd: z.boolean().optional(),
          ontgrendelen: z.boolean().optional(),
          wachtwoord: password,
          rollen: z.array(GrantSchema).max(50).optional(),
        }),
        response: { 200: UserSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const expected = versionFromIfMatch(request.headers['if-match']);
      const admin = request.principal!.grants;
      const { user: current, access } = accessibleAccount(admin, await findUser(app.db, request.params.id));
      const weak = b.wachtwoord ? passwordProblem(b.wachtwoord, [current.username, current.displayName]) : null;
      if (weak) throw new ProblemError(400, weak, { invalidParams: [{ name: 'body.wachtwoord', code: 'weak_password', reason: weak }] });
      const accountWide =
        (b.naam !== undefined && b.naam !== current.displayName) ||
        (b.email !== undefined && b.email !== current.email) ||
        (b.geblokkeerd !== undefined && b.geblokkeerd !== current.disabled) ||
        b.ontgrendelen === true ||
        b.wachtwoord !== undefined;
      if (accountWide) assertAccountWide(access);
      let grants: ReturnType<typeof mergeGrants> | undefined;
      if (b.rollen) {
        const submitted = toGrants(b.rollen);
        assertGrantsAllowed(admin, submitted);
        // `rollen` replaces the grants this administrator sees; those at other organisations stay.
        grants = mergeGrants(admin, current.grants, submitted);
      }
      // The checks above read the account as it is now; for a municipality's administrator they
      // depend on its grants, so the change applies only to that version (412 if it moved meanwhile).
      const version = expected ?? (adminScopeOf(admin).all ? undefined : current.version);
      const user = await changeWithAudit(
        app,
        request,
        async (db) => {
          const updated = await updateUser(db, request.params.id, version, { displayName: b.naam, email: b.email, disabled: b.geblokkeerd, unlock: b.ontgrendelen, password: b.wachtwoord, grants });
          if (!updated) throw new ConflictError('Iemand anders heeft deze gebruiker intussen gewijzigd. Laad de gegevens opnieuw.', { reason: 'stale' });
          return updated;
        },
        async (updated, db) => ({ ...activity, dataSubject: await pseudonymise(db, 'gebruiker', updated.id, requestTenant(request)), action: 'schrijven', outcome: 'toegestaan' }),
      );
      reply.header('ETag', `"${user.version}"`);
      return userResponse(user, grantsInScope(admin, user.grants));
    },
  );
}
