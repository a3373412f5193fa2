import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { pageQuery } from '../pagination.ts';
import { searchAudit, verifyAuditChain } from '../../services/audit/log.ts';
import { auditRequest } from '../audit.ts';
import { ROLE_DEFINITIONS, type Principal } from '../../domain/access/index.ts';

const tags = ['Logboek'];

const AuditRowSchema = z
  .object({
    volgnummer: z.number().int(),
    tijdstip: z.string(),
    gebruikerId: z.string().nullable(),
    rol: z.string().nullable(),
    organisatie: z.string().nullable(),
    betrokkene: z.string().nullable().describe('Gepseudonimiseerd kenmerk van de persoon wiens gegevens zijn verwerkt'),
    verwerkingsactiviteit: z.string(),
    doel: z.string(),
    handeling: z.string(),
    uitkomst: z.string(),
    verzoekId: z.string().nullable(),
    traceId: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'LogboekRegel' });

/**
 * Whose rows the reader may see: undefined for a national grant (everything), else the municipalities
 * of her grants with `logboek:lezen` (a municipality's privacy officer reads her own tenant only).
 */
export function readableTenants(principal: Principal | null): string[] | undefined {
  const held = (principal?.grants ?? []).filter((g) => ROLE_DEFINITIONS[g.role].permissions.includes('logboek:lezen'));
  if (held.some((g) => g.organisation.kind === 'landelijk')) return undefined;
  return [...new Set(held.filter((g) => g.organisation.kind === 'gemeente').map((g) => g.organisation.code))];
}

export async function auditLogRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/logboek`,
    {
      config: { access: { permission: 'logboek:lezen' } },
      schema: {
        tags,
        operationId: 'listLogboek',
        summary: 'Logboek dataverwerkingen doorzoeken (nieuwste eerst)',
        description: 'Een privacyfunctionaris van een gemeente ziet alleen de regels van de eigen gemeente; landelijk ziet alles. Pseudoniemen verschillen per gemeente.',
        querystring: z.object({
          betrokkene: z.string().max(40).optional().describe('Pseudoniem van de betrokkene (ps_…)'),
          gebruikerId: z.string().uuid().optional(),
          verwerkingsactiviteit: z.string().max(100).optional(),
          vanafDatum: isoDate.optional(),
          totEnMetDatum: isoDate.optional(),
          ...pageQuery,
        }),
        response: { 200: z.array(AuditRowSchema) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const { total, rows } = await searchAudit(app.db, {
        dataSubject: q.betrokkene,
        actorUserId: q.gebruikerId,
        activity: q.verwerkingsactiviteit,
        from: q.vanafDatum,
        to: q.totEnMetDatum,
        tenants: readableTenants(request.principal),
        limit: q.paginaGrootte,
        offset: (q.pagina - 1) * q.paginaGrootte,
      });
      // Reading the log is itself a processing of (pseudonymised) personal data.
      await auditRequest(app, request, { dataSubject: q.betrokkene ?? null, activity: 'logboek-inzage', purpose: 'toezicht op gegevensverwerking', action: 'lezen', outcome: 'toegestaan' });
      const last = Math.max(1, Math.ceil(total / q.paginaGrootte));
      const link = (p: number, rel: string) => {
        const url = new URL(request.url, 'http://x');
        url.searchParams.set('pagina', String(p));
        return `<${url.pathname}${url.search}>; rel="${rel}"`;
      };
      reply.header('X-Total-Count', String(total));
      reply.header('Link', [link(1, 'first'), link(last, 'last'), ...(q.pagina < last ? [link(q.pagina + 1, 'next')] : []), ...(q.pagina > 1 ? [link(q.pagina - 1, 'prev')] : [])].join(', '));
      return rows.map((r) => ({
        volgnummer: r.seq,
        tijdstip: r.occurredAt,
        gebruikerId: r.actorUserId,
        rol: r.actorRole,
        organisatie: r.actorOrganisation,
        betrokkene: r.dataSubject,
        verwerkingsactiviteit: r.activity,
        doel: r.purpose,
        handeling: r.action,
        uitkomst: r.outcome,
        verzoekId: r.requestId,
        traceId: r.traceId,
        hash: r.rowHash,
      }));
    },
  );

  app.get(
    `${API_PREFIX}/logboek/controle`,
    {
      config: { access: { permission: 'logboek:controleren' } },
      schema: {
        tags,
        operationId: 'getLogboekControle',
        summary: 'Controleer de hashketen van het logboek',
        response: {
          200: z
            .object({ intact: z.boolean(), gecontroleerd: z.number().int(), problemen: z.array(z.object({ volgnummer: z.number().int(), probleem: z.string() })) })
            .meta({ id: 'LogboekControle' }),
        },
      },
    },
    async () => {
      const result = await verifyAuditChain(app.db);
      return { intact: result.intact, gecontroleerd: result.checked, problemen: result.problems.map((p) => ({ volgnummer: p.seq, probleem: p.problem })) };
    },
  );
}
