import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { createOnly, versionFromIfMatch } from '../conditional.ts';
import { formatQuery, sendDownload } from '../tabular.ts';
import { connectsThrough, type MunicipalRelation } from '../../domain/socialmap/taxonomy.ts';
import { ageLabel, DEFAULT_OVERLAP_THRESHOLD, lifeDomainLabel, planMarkdown, targetGroupLabel } from '../../domain/policy/index.ts';
import { getFramework, saveFramework } from '../../services/policy/store.ts';
import { municipalityChecklist, municipalityPlan, requireMunicipality } from '../../services/policy/analysis.ts';
import { municipalityCoverage } from '../../services/policy/coverage.ts';
import { municipalityOrganisations } from '../../services/policy/socialmap.ts';
import { regionOverview } from '../../services/policy/region.ts';
import { planPdf, planWordHtml } from '../../services/policy/render.ts';
import { ChecklistSchema, CoverageSchema, FrameworkBody, FrameworkSchema, fromBody, ProviderSchema, RegionSchema, toResponse } from './schemas.ts';
import { dispositionHeader } from '../download.ts';

const tags = ['Beleid'];
const base = `${API_PREFIX}/beleid/gemeenten/:gemeenteCode`;
const params = z.object({ gemeenteCode: z.string().max(100) });
const municipalityScope = (request: FastifyRequest) => ({ kind: 'municipality' as const, code: (request.params as { gemeenteCode: string }).gemeenteCode });
const read = { access: { permission: 'beleid:lezen' as const }, scope: municipalityScope };

export async function policyRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${base}/afwegingskader`,
    {
      config: read,
      schema: {
        tags,
        operationId: 'getAfwegingskader',
        summary: 'Het afwegingskader cliëntondersteuning van een gemeente (versie 0 als er nog niets is opgeslagen); ETag is de versie',
        params,
        response: { 200: FrameworkSchema },
      },
    },
    async (request, reply) => {
      await requireMunicipality(app.db, request.params.gemeenteCode);
      const stored = await getFramework(app.db, request.params.gemeenteCode);
      reply.header('ETag', `"${stored.version}"`);
      return toResponse(stored.framework, stored.version, stored.updatedAt);
    },
  );

  app.put(
    `${base}/afwegingskader`,
    {
      config: { access: { permission: 'beleid:schrijven' }, scope: municipalityScope },
      schema: {
        tags,
        operationId: 'putAfwegingskader',
        summary: 'Het afwegingskader opslaan (alles in één keer); stuur If-Match met de versie, of If-None-Match: * de eerste keer',
        params,
        headers: z.object({ 'if-match': z.string().optional(), 'if-none-match': z.string().optional() }),
        body: FrameworkBody,
        response: { 200: FrameworkSchema },
      },
    },
    async (request, reply) => {
      const code = request.params.gemeenteCode;
      await requireMunicipality(app.db, code);
      const expected = createOnly(request.headers['if-none-match']) ? 0 : versionFromIfMatch(request.headers['if-match']);
      if (expected === undefined) {
        throw new ProblemError(428, 'Stuur If-Match met de versie die u heeft opgehaald (of If-None-Match: * als er nog niets is opgeslagen).');
      }
      await saveFramework(app.db, fromBody(code, request.body), expected, request.principal?.userId ?? null);
      const stored = await getFramework(app.db, code);
      reply.header('ETag', `"${stored.version}"`);
      return toResponse(stored.framework, stored.version, stored.updatedAt);
    },
  );

  app.get(
    `${base}/aanbieders`,
    {
      config: read,
      schema: {
        tags,
        operationId: 'listBeleidAanbieders',
        summary: 'Aanbieders op de sociale kaart van de gemeente, om afspraken mee vast te leggen',
        params,
        response: { 200: z.array(ProviderSchema) },
      },
    },
    async (request) => {
      await requireMunicipality(app.db, request.params.gemeenteCode);
      return (await municipalityOrganisations(app.db, request.params.gemeenteCode)).map((o) => ({
        id: o.id,
        naam: o.name,
        soort: o.kind,
        relatie: o.relation,
        gefinancierd: o.relation !== null && connectsThrough(o.relation as MunicipalRelation) === 'financiering',
        diensten: o.services,
      }));
    },
  );

  app.get(
    `${base}/dekking`,
    {
      config: read,
      schema: {
        tags,
        operationId: 'getDekking',
        summary: 'Dekking: doelgroep × leeftijd × levensdomein × aanbieder, met hiaten (geen aanbieder) en overlap (veel aanbieders)',
        params,
        querystring: z.object({
          ...formatQuery,
          overlapVanaf: z.coerce.number().int().min(2).max(50).default(DEFAULT_OVERLAP_THRESHOLD).describe('Vanaf zoveel aanbieders heet een cel overlap'),
        }),
        response: { 200: CoverageSchema },
      },
    },
    async (request, reply) => {
      const code = request.params.gemeenteCode;
      await requireMunicipality(app.db, code);
      const coverage = await municipalityCoverage(app.db, code, request.query.overlapVanaf);
      if (request.query.formaat !== 'json') {
        const statusText = { gat: 'hiaat', gedekt: 'gedekt', overlap: 'overlap', onmogelijk: 'kan niet bestaan' } as const;
        return sendDownload(reply, request.query.formaat, {
          fileName: `dekking-${code}`,
          header: ['doelgroep', 'doelgroep_code', 'leeftijd', 'levensdomein', 'aantal_aanbieders', 'status', 'aanbieders'],
          rows: coverage.cells.map((c) => [
            targetGroupLabel(c.targetGroup),
            c.targetGroup,
            ageLabel(c.ageCategory),
            lifeDomainLabel(c.lifeDomain),
            c.providers.length,
            statusText[c.status],
            c.providers.map((p) => p.name).join(', '),
          ]),
        });
      }
      return {
        gemeenteCode: code,
        overlapVanaf: coverage.overlapThreshold,
        mogelijk: coverage.possible,
        hiaten: coverage.gaps,
        overlap: coverage.overlaps,
        cellen: coverage.cells.map((c) => ({
          doelgroep: c.targetGroup,
          leeftijd: c.ageCategory,
          levensdomein: c.lifeDomain,
          aanbieders: c.providers.map((p) => ({ id: p.id, naam: p.name })),
          status: c.status,
        })),
        nietIngedeeld: coverage.unclassified.map((u) => ({ dienstId: u.serviceId, dienst: u.serviceName, aanbieder: u.organisationName, ontbreekt: u.missing })),
        aanbieders: coverage.providers.map((p) => ({ id: p.id, naam: p.name, cellen: p.cells })),
      };
    },
  );

  app.get(
    `${base}/checklist`,
    {
      config: read,
      schema: {
        tags,
        operationId: 'getWmoChecklist',
        summary: 'De plichten uit de Wmo 2015 voor cliëntondersteuning: wat geregeld is en wat nog ontbreekt',
        params,
        response: { 200: ChecklistSchema },
      },
    },
    async (request) => {
      const { items } = await municipalityChecklist(app.db, request.params.gemeenteCode);
      return {
        gemeenteCode: request.params.gemeenteCode,
        voldaan: items.filter((i) => i.status === 'voldaan').length,
        totaal: items.length,
        punten: items.map((i) => ({ code: i.code, plicht: i.duty, bron: i.source, status: i.status, aanwezig: i.found, ontbreekt: i.missing })),
      };
    },
  );

  app.get(
    `${base}/beleidsplan`,
    {
      config: { ...read, formatTypes: { html: 'application/msword' } },
      schema: {
        tags,
        operationId: 'getBeleidsplanConcept',
        summary: 'Concepttekst voor het deel cliëntondersteuning van het Wmo-beleidsplan: Markdown, HTML voor Word (.doc) of PDF',
        params,
        querystring: z.object({ formaat: z.enum(['markdown', 'html', 'pdf']).default('markdown') }),
        response: { 200: z.string().describe('De tekst (text/markdown, application/msword of application/pdf)') },
      },
    },
    async (request, reply) => {
      const code = request.params.gemeenteCode;
      const doc = await municipalityPlan(app.db, code);
      const file = `beleidsplan-clientondersteuning-${code}`;
      switch (request.query.formaat) {
        case 'pdf':
          return reply.type('application/pdf').header('content-disposition', dispositionHeader(`${file}.pdf`)).send((await planPdf(doc)) as unknown as string);
        case 'html':
          // HTML that Word opens as a document; the .doc name makes the download open in Word.
          return reply.type('application/msword; charset=utf-8').header('content-disposition', dispositionHeader(`${file}.doc`)).send(planWordHtml(doc));
        default:
          return reply.type('text/markdown; charset=utf-8').header('content-disposition', dispositionHeader(`${file}.md`)).send(planMarkdown(doc));
      }
    },
  );

  app.get(
    `${API_PREFIX}/beleid/jeugdregios/:jeugdregioCode/overzicht`,
    {
      config: { access: { permission: 'beleid:lezen' }, scope: (request) => ({ kind: 'youthRegion', code: (request.params as { jeugdregioCode: string }).jeugdregioCode }) },
      schema: {
        tags,
        operationId: 'getRegioBeleidsoverzicht',
        summary: 'De afwegingskaders van de gemeenten in een jeugdregio naast elkaar, en de aanbieders die zij delen',
        params: z.object({ jeugdregioCode: z.string().max(100) }),
        response: { 200: RegionSchema },
      },
    },
    async (request) => {
      const overview = await regionOverview(app.db, request.params.jeugdregioCode);
      return {
        jeugdregioCode: overview.code,
        naam: overview.name,
        indelingsjaar: overview.divisionYear,
        gemeenten: overview.members.map((m) => {
          const body = m.framework ? toResponse(m.framework, m.version, null) : null;
          return {
            gemeenteCode: m.code,
            naam: m.name,
            versie: m.version,
            afwegingskader: body && { varianten: body.varianten, aanpak: body.aanpak, schaal: body.schaal, regionaleBekostiging: body.regionaleBekostiging, regisserendeAanbiederId: body.regisserendeAanbiederId, afspraken: body.afspraken, waarborgen: body.waarborgen, kanalen: body.kanalen, toelichting: body.toelichting },
            hiaten: m.gaps,
            aanbieders: m.organisationIds.length,
          };
        }),
        gedeeldeAanbieders: overview.shared.map((s) => ({ aanbiederId: s.organisationId, naam: s.name, gemeentenMetAanbod: s.servedMembers, gemeentenMetAfspraak: s.arrangedMembers })),
        signalen: overview.warnings,
      };
    },
  );
}
