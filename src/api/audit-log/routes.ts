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
    hash: z.string().describe('Hash van de regel in de keten; leeg zolang de regel nog niet verzegeld is (meestal minder dan een seconde)'),
    verzegeld: z.boolean().describe('Of de regel al in de hashketen is opgenomen (verzegeld)'),
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
        description:
          'Een privacyfunctionaris van een gemeente ziet alleen de regels van de eigen gemeente; landelijk ziet alles. Pseudoniemen verschillen per gemeente. ' +
          'Bladeren kan met pagina, of sneller met voorVolgnummer (de link rel="next" gebruikt dat). X-Total-Count is exact tot 10.000 regels; ' +
          'daarboven een schatting, en dan staat X-Total-Count-Geschat op true.',
        querystring: z.object({
          betrokkene: z.string().max(40).optional().describe('Pseudoniem van de betrokkene (ps_…)'),
          gebruikerId: z.string().uuid().optional(),
          verwerkingsactiviteit: z.string().max(100).optional(),
          vanafDatum: isoDate.optional(),
          totEnMetDatum: isoDate.optional(),
          voorVolgnummer: z.coerce.number().int().min(1).optional().describe('Alleen regels na deze regel (bladeren vanaf de laatste regel van de vorige pagina): met een lager volgnummer, of bij een periode eerder in de tijd'),
          ...pageQuery,
        }),
        response: { 200: z.array(AuditRowSchema) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const { total, totalEstimated, rows } = await searchAudit(app.db, {
        dataSubject: q.betrokkene,
        actorUserId: q.gebruikerId,
        activity: q.verwerkingsactiviteit,
        from: q.vanafDatum,
        to: q.totEnMetDatum,
        tenants: readableTenants(request.principal),
        limit: q.paginaGrootte,
        offset: q.voorVolgnummer === undefined ? (q.pagina - 1) * q.paginaGrootte : 0,
        beforeSeq: q.voorVolgnummer,
      });
      // Reading the log is itself a processing of (pseudonymised) personal data.
      await auditRequest(app, request, { dataSubject: q.betrokkene ?? null, activity: 'logboek-inzage', purpose: 'toezicht op gegevensverwerking', action: 'lezen', outcome: 'toegestaan' });
      const last = Math.max(1, Math.ceil(total / q.paginaGrootte));
      const link = (rel: string, set: Record<string, number>) => {
        const url = new URL(request.url, 'http://x');
        url.searchParams.delete('voorVolgnummer');
        for (const [k, v] of Object.entries(set)) url.searchParams.set(k, String(v));
        return `<${url.pathname}${url.search}>; rel="${rel}"`;
      };
      // Next: keyset from this page's last row, so the next page does not re-read the ones before it.
      const oldest = rows.at(-1)?.seq;
      const hasNext = rows.length === q.paginaGrootte && oldest !== undefined;
      // With voorVolgnummer the rows come by keyset; `pagina` then only says which page number this is,
      // so a client can show "pagina 2 van 15" and go back by offset.
      const page = q.pagina;
      reply.header('X-Total-Count', String(total));
      reply.header('X-Total-Count-Geschat', String(totalEstimated));
      reply.header(
        'Link',
        [
          link('first', { pagina: 1 }),
          ...(totalEstimated ? [] : [link('last', { pagina: last })]),
          ...(hasNext ? [link('next', { voorVolgnummer: oldest, pagina: page + 1 })] : []),
          ...(page > 1 ? [link('prev', { pagina: page - 1 })] : []),
        ].join(', '),
      );
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
        hash: r.rowHash ?? '',
        verzegeld: r.rowHash !== null,
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
            .object({
              intact: z.boolean(),
              gecontroleerd: z.number().int(),
              inAfwachting: z.number().int().describe('Regels die nog niet verzegeld konden worden (hun transactie liep nog); geen fout'),
              laatsteZegel: z
                .object({ volgnummer: z.number().int(), hash: z.string() })
                .nullable()
                .describe('Het einde van de keten: noteer dit buiten de database om later te bewijzen dat er niets is weggehaald'),
              problemen: z.array(z.object({ volgnummer: z.number().int(), probleem: z.string() })),
            })
            .meta({ id: 'LogboekControle' }),
        },
      },
    },
    async () => {
      const result = await verifyAuditChain(app.db);
      return {
        intact: result.intact,
        gecontroleerd: result.checked,
        inAfwachting: result.pending,
        laatsteZegel: result.head ? { volgnummer: result.head.seq, hash: result.head.hash } : null,
        problemen: result.problems.map((p) => ({ volgnummer: p.seq, probleem: p.problem })) };
    },
  );
}
