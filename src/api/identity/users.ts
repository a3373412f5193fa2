import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { auditRequest } from '../audit.ts';
import { versionFromIfMatch } from '../conditional.ts';
import { createUser, findUser, listUsers, updateUser, UsernameTakenError } from '../../services/identity/users.ts';
import { passwordProblem } from '../../services/identity/passwords.ts';
import { pseudonymise } from '../../services/audit/pseudonym.ts';
import { GrantSchema, toGrants, UserSchema, userResponse } from './schemas.ts';

const tags = ['Identiteit'];
const manage = { access: { permission: 'gebruikers:beheren' as const } };
const activity = { activity: 'gebruikersbeheer', purpose: 'beheer van toegang tot Naast' };

const password = z.string().max(256).optional().describe('Minstens 12 tekens');

export async function userRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/gebruikers`,
    { config: manage, schema: { tags, operationId: 'listGebruikers', summary: 'Alle gebruikers met hun rollen', response: { 200: z.array(UserSchema) } } },
    async (request) => {
      const users = await listUsers(app.db);
      await auditRequest(app, request, { ...activity, dataSubject: null, action: 'lezen', outcome: 'toegestaan' });
      return users.map(userResponse);
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
      const weak = b.wachtwoord ? passwordProblem(b.wachtwoord) : null;
      if (weak) throw new ProblemError(400, weak, { invalidParams: [{ name: 'body.wachtwoord', code: 'weak_password', reason: weak }] });
      const user = await createUser(app.db, { username: b.gebruikersnaam, displayName: b.naam, email: b.email, password: b.wachtwoord, grants: toGrants(b.rollen) }).catch((err) => {
        if (err instanceof UsernameTakenError) throw new ProblemError(409, err.message);
        throw err;
      });
      await auditRequest(app, request, { ...activity, dataSubject: await pseudonymise(app.db, 'gebruiker', user.id), action: 'schrijven', outcome: 'toegestaan' });
      reply.header('ETag', `"${user.version}"`);
      return reply.code(201).send(userResponse(user));
    },
  );

  app.get(
    `${API_PREFIX}/gebruikers/:id`,
    {
      config: manage,
      schema: { tags, operationId: 'getGebruiker', summary: 'Eén gebruiker', params: z.object({ id: z.string().max(64) }), response: { 200: UserSchema } },
    },
    async (request, reply) => {
      const user = await findUser(app.db, request.params.id);
      if (!user) throw new ProblemError(404, 'Deze gebruiker bestaat niet.');
      await auditRequest(app, request, { ...activity, dataSubject: await pseudonymise(app.db, 'gebruiker', user.id), action: 'lezen', outcome: 'toegestaan' });
      reply.header('ETag', `"${user.version}"`);
      return userResponse(user);
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
      const weak = b.wachtwoord ? passwordProblem(b.wachtwoord) : null;
      if (weak) throw new ProblemError(400, weak, { invalidParams: [{ name: 'body.wachtwoord', code: 'weak_password', reason: weak }] });
      const expected = versionFromIfMatch(request.headers['if-match']);
      if (!(await findUser(app.db, request.params.id))) throw new ProblemError(404, 'Deze gebruiker bestaat niet.');
      const user = await updateUser(app.db, request.params.id, expected, {
        displayName: b.naam,
        email: b.email,
        disabled: b.geblokkeerd,
        unlock: b.ontgrendelen,
        password: b.wachtwoord,
        grants: b.rollen ? toGrants(b.rollen) : undefined,
      });
      if (!user) throw new ProblemError(412, 'Iemand anders heeft deze gebruiker intussen gewijzigd. Laad de gegevens opnieuw.');
      await auditRequest(app, request, { ...activity, dataSubject: await pseudonymise(app.db, 'gebruiker', user.id), action: 'schrijven', outcome: 'toegestaan' });
      reply.header('ETag', `"${user.version}"`);
      return userResponse(user);
    },
  );
}
