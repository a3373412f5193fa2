import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { createToken, listTokens, revokeToken } from '../../services/identity/tokens.ts';
import { ROLE_DEFINITIONS } from '../../domain/access/index.ts';
import { PermissionSchema } from './schemas.ts';
import { ForbiddenError, NotFoundError } from '../../domain/errors.ts';

const tags = ['Identiteit'];
const own = { access: { permission: 'sessie' as const } };

const TokenSchema = z
  .object({
    id: z.string().uuid(),
    naam: z.string(),
    scopes: z.array(PermissionSchema),
    aangemaaktOp: z.string(),
    verlooptOp: z.string(),
    ingetrokkenOp: z.string().nullable(),
    laatstGebruiktOp: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

const tokenResponse = (t: Awaited<ReturnType<typeof listTokens>>[number]) => ({
  id: t.id,
  naam: t.name,
  scopes: t.scopes,
  aangemaaktOp: t.createdAt,
  verlooptOp: t.expiresAt,
  ingetrokkenOp: t.revokedAt,
  laatstGebruiktOp: t.lastUsedAt,
});

export async function tokenRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/api-tokens`,
    { config: own, schema: { tags, operationId: 'listApiTokens', summary: 'Mijn API-tokens', response: { 200: z.array(TokenSchema) } } },
    async (request) => (await listTokens(app.db, request.principal!.userId)).map(tokenResponse),
  );

  app.post(
    `${API_PREFIX}/api-tokens`,
    {
      // Idempotent, but the token itself is never stored for a replay (see idempotency.ts).
      config: { ...own, secretAnswer: true },
      schema: {
        tags,
        operationId: 'createApiToken',
        summary: 'Nieuw API-token voor een koppeling; het token wordt één keer getoond',
        body: z.object({
          naam: z.string().min(1).max(100),
          scopes: z.array(PermissionSchema).min(1),
          geldigDagen: z.number().int().min(1).max(365).default(90),
        }),
        response: { 201: TokenSchema.extend({ token: z.string().describe('Bewaar dit token veilig: het wordt niet opnieuw getoond') }).meta({ id: 'NieuwApiToken' }) },
      },
    },
    async (request, reply) => {
      const principal = request.principal!;
      if (principal.via === 'token') throw new ForbiddenError('Een API-token kan geen nieuwe tokens maken. Log in om een token te maken.');
      const held = new Set(principal.grants.flatMap((g) => ROLE_DEFINITIONS[g.role].permissions));
      const extra = request.body.scopes.filter((s) => !held.has(s));
      if (extra.length) {
        throw new ProblemError(400, `U kunt een token geen rechten geven die u zelf niet heeft: ${extra.join(', ')}.`, {
          invalidParams: [{ name: 'body.scopes', code: 'scope_not_held', reason: `Niet in uw rollen: ${extra.join(', ')}` }],
        });
      }
      const expires = new Date(Date.now() + request.body.geldigDagen * 86_400_000);
      const { token, info } = await createToken(app.db, principal.userId, request.body.naam, request.body.scopes, expires);
      return reply.code(201).send({ ...tokenResponse(info), token });
    },
  );

  app.delete(
    `${API_PREFIX}/api-tokens/:id`,
    {
      config: own,
      schema: { tags, operationId: 'deleteApiToken', summary: 'API-token intrekken', params: z.object({ id: z.string().max(64) }), response: { 204: z.null().describe('Ingetrokken') } },
    },
    async (request, reply) => {
      if (!(await revokeToken(app.db, request.principal!.userId, request.params.id))) throw new NotFoundError('Dit token bestaat niet.');
      return reply.code(204).send(null);
    },
  );
}
