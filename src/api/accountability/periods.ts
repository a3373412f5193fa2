import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { mayActFor } from '../plugins/auth.ts';
import { sendDownload, SPREADSHEET_UPLOAD, spreadsheetBody } from '../tabular.ts';
import { auditRequest } from '../audit.ts';
import { clientSubjects } from '../../services/audit/pseudonym.ts';
import { FUNDING_FORM_LABELS, FUNDING_FORMS, SUBMISSION_STATES, TEMPLATES, UPLOAD_COLUMNS, valuesToRows } from '../../domain/accountability/index.ts';
import {
  acceptReport,
  addMessage,
  askQuestion,
  createPeriod,
  listReports,
  loadReport,
  refreshPrefill,
  saveValues,
  submitReport,
  uploadValues,
} from '../../services/accountability/reports.ts';
import {
  ifMatchHeaders,
  municipalityCodesOf,
  notFound,
  guardedPeriod,
  periodGuard,
  periodOut,
  PeriodSchema,
  periodParams,
  providerCodesOf,
  ReportSchema,
  reportOut,
  tags,
  userIdOf,
  versionOf,
} from './common.ts';

const read = { permission: 'verantwoording:lezen' as const };
const submit = { permission: 'verantwoording:indienen' as const };
const review = { permission: 'verantwoording:beoordelen' as const };

const TemplateSchema = z
  .object({
    bekostigingsvorm: z.enum(FUNDING_FORMS),
    omschrijving: z.string(),
    velden: z.array(
      z.object({
        sleutel: z.string(),
        label: z.string(),
        soort: z.enum(['geheel', 'decimaal', 'bedrag', 'janee', 'tekst', 'verdeling']),
        dimensie: z.string().nullable(),
        voorIngevuld: z.boolean().describe('Naast berekent dit uit de eigen dossiers'),
        verplicht: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'VerantwoordingsSjabloon' });

/** Reporting periods, the provider's report in each, and its review. */
export async function periodRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/verantwoording/sjablonen`,
    {
      config: { access: read },
      schema: {
        tags,
        operationId: 'listVerantwoordingSjablonen',
        summary: 'De formulieren per bekostigingsvorm (functie, product, project, populatie), met cliëntervaring bij alle vier',
        response: { 200: z.object({ sjablonen: z.array(TemplateSchema), uploadKolommen: z.array(z.string()) }) },
      },
    },
    async () => ({
      sjablonen: FUNDING_FORMS.map((form) => ({
        bekostigingsvorm: form,
        omschrijving: FUNDING_FORM_LABELS[form],
        velden: TEMPLATES[form].map((f) => ({ sleutel: f.key, label: f.label, soort: f.kind, dimensie: f.dimension ?? null, voorIngevuld: f.prefilled === true, verplicht: f.required === true })),
      })),
      uploadKolommen: [...UPLOAD_COLUMNS],
    }),
  );

  app.get(
    `${API_PREFIX}/verantwoording/perioden`,
    {
      config: { access: read },
      schema: {
        tags,
        operationId: 'listVerantwoordingsPerioden',
        summary: 'De perioden en rapportages die u ziet: van uw eigen aanbieder, of van de aanbieders van uw gemeente',
        querystring: z.object({ jaar: z.coerce.number().int().min(2000).max(2100).optional(), status: z.enum(SUBMISSION_STATES).optional() }),
        response: { 200: z.object({ perioden: z.array(PeriodSchema) }) },
      },
    },
    async (request) => {
      const providers = providerCodesOf(request, 'verantwoording:lezen');
      const municipalities = municipalityCodesOf(request, 'verantwoording:lezen');
      const filter = { year: request.query.jaar, states: request.query.status ? [request.query.status] : undefined };
      const rows = [
        ...(providers.length ? await listReports(app.db, { ...filter, providerCodes: providers }) : []),
        ...(municipalities.length ? await listReports(app.db, { ...filter, municipalityCodes: municipalities }) : []),
      ];
      const unique = rows.filter((r, i) => rows.findIndex((x) => x.id === r.id) === i);
      return { perioden: unique.map(periodOut) };
    },
  );

  app.post(
    `${API_PREFIX}/verantwoording/perioden`,
    {
      config: { access: review },
      schema: {
        tags,
        operationId: 'createVerantwoordingsPeriode',
        summary: 'Een verantwoordingsperiode openen voor een aanbieder en bekostigingsvorm; Naast vult in wat de dossiers al weten',
        body: z.object({
          gemeenteCode: z.string().max(100),
          aanbiederCode: z.string().max(100),
          bekostigingsvorm: z.enum(FUNDING_FORMS),
          vanafDatum: isoDate,
          totEnMetDatum: isoDate,
          uiterlijkDatum: isoDate.optional(),
          naam: z.string().min(1).max(200).optional(),
        }),
        response: { 201: ReportSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      if (!(await mayActFor(app, request, 'verantwoording:beoordelen', b.gemeenteCode))) throw notFound();
      const report = await createPeriod(app.db, {
        municipalityCode: b.gemeenteCode,
        providerCode: b.aanbiederCode,
        fundingForm: b.bekostigingsvorm,
        from: b.vanafDatum,
        to: b.totEnMetDatum,
        dueOn: b.uiterlijkDatum ?? null,
        label: b.naam,
        userId: userIdOf(request),
      });
      reply.code(201).header('etag', `"${report.version}"`);
      return reportOut(report, 'gemeente');
    },
  );

  app.get(
    `${API_PREFIX}/verantwoording/perioden/:periodeId`,
    {
      preValidation: periodGuard(app, ['aanbieder', 'gemeente'], { aanbieder: 'verantwoording:lezen', gemeente: 'verantwoording:lezen' }),
      config: { access: read },
      schema: { tags, operationId: 'getVerantwoordingsRapportage', summary: 'Eén rapportage met waarden, voorinvulling en berichten', params: periodParams, response: { 200: ReportSchema } },
    },
    async (request, reply) => {
      const { period, side } = guardedPeriod(request);
      const report = await loadReport(app.db, period.id);
      reply.header('etag', `"${report.version}"`);
      return reportOut(report, side);
    },
  );

  app.get(
    `${API_PREFIX}/verantwoording/perioden/:periodeId/sjabloon`,
    {
      preValidation: periodGuard(app, ['aanbieder', 'gemeente'], { aanbieder: 'verantwoording:lezen', gemeente: 'verantwoording:lezen' }),
      config: { access: read },
      schema: {
        tags,
        operationId: 'getVerantwoordingsSjabloonBestand',
        summary: `Het invulbestand (${UPLOAD_COLUMNS.join(';')}) met wat al bekend is, als CSV of XLSX`,
        params: periodParams,
        querystring: z.object({ formaat: z.enum(['csv', 'xlsx']).default('csv') }),
        response: { 200: z.string().describe('CSV of XLSX') },
      },
    },
    async (request, reply) => {
      const { period } = guardedPeriod(request);
      const report = await loadReport(app.db, period.id);
      return sendDownload(reply, request.query.formaat, { fileName: `verantwoording-${period.municipalityCode}-${period.from}`, header: [...UPLOAD_COLUMNS], rows: valuesToRows(period.fundingForm, report.values) });
    },
  );

  app.put(
    `${API_PREFIX}/verantwoording/perioden/:periodeId/waarden`,
    {
      preValidation: periodGuard(app, ['aanbieder']),
      config: { access: submit },
      schema: {
        tags,
        operationId: 'putVerantwoordingsWaarden',
        summary: 'De waarden van de rapportage vervangen (aanbieder; met If-Match)',
        params: periodParams,
        headers: ifMatchHeaders,
        body: z.object({ waarden: z.record(z.string(), z.unknown()) }),
        response: { 200: ReportSchema },
      },
    },
    async (request, reply) => {
      const { period } = guardedPeriod(request);
      const report = await saveValues(app.db, period.id, versionOf(request), request.body.waarden, userIdOf(request));
      reply.header('etag', `"${report.version}"`);
      return reportOut(report, 'aanbieder');
    },
  );

  app.post(
    `${API_PREFIX}/verantwoording/perioden/:periodeId/upload`,
    {
      preValidation: periodGuard(app, ['aanbieder']),
      config: { idempotent: true, access: submit, upload: SPREADSHEET_UPLOAD },
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        operationId: 'uploadVerantwoording',
        summary: `De rapportage inlezen uit CSV of XLSX (${UPLOAD_COLUMNS.join(';')}); alles of niets, elke foute cel met rij en kolom`,
        params: periodParams,
        headers: ifMatchHeaders,
        response: { 200: ReportSchema },
      },
    },
    async (request, reply) => {
      const { period } = guardedPeriod(request);
      const body = spreadsheetBody(request.body);
      const report = await uploadValues(app.db, period.id, versionOf(request), body, '', userIdOf(request));
      reply.header('etag', `"${report.version}"`);
      return reportOut(report, 'aanbieder');
    },
  );

  app.post(
    `${API_PREFIX}/verantwoording/perioden/:periodeId/herberekenen`,
    {
      preValidation: periodGuard(app, ['aanbieder']),
      config: { access: submit },
      schema: {
        tags,
        operationId: 'recomputeVerantwoording',
        summary: 'De cijfers uit de dossiers opnieuw berekenen en invullen (aanbieder; andere waarden blijven staan)',
        params: periodParams,
        headers: ifMatchHeaders,
        response: { 200: ReportSchema },
      },
    },
    async (request, reply) => {
      const { period } = guardedPeriod(request);
      const report = await refreshPrefill(app.db, period.id, versionOf(request), userIdOf(request));
      reply.header('etag', `"${report.version}"`);
      return reportOut(report, 'aanbieder');
    },
  );

  const note = z.object({ toelichting: z.string().max(4000).optional() });
  app.post(
    `${API_PREFIX}/verantwoording/perioden/:periodeId/indienen`,
    {
      preValidation: periodGuard(app, ['aanbieder']),
      config: { idempotent: true, access: submit },
      schema: { tags, operationId: 'submitVerantwoording', summary: 'De rapportage indienen bij de gemeente', params: periodParams, headers: ifMatchHeaders, body: note, response: { 200: ReportSchema } },
    },
    async (request, reply) => {
      const { period } = guardedPeriod(request);
      const report = await submitReport(app.db, period.id, versionOf(request), request.body.toelichting, userIdOf(request));
      reply.header('etag', `"${report.version}"`);
      return reportOut(report, 'aanbieder');
    },
  );

  app.post(
    `${API_PREFIX}/verantwoording/perioden/:periodeId/vragen`,
    {
      preValidation: periodGuard(app, ['gemeente']),
      config: { idempotent: true, access: review },
      schema: {
        tags,
        operationId: 'askVerantwoordingVraag',
        summary: 'Vragen stellen over een ingediende rapportage; de aanbieder kan dan aanvullen en opnieuw indienen',
        params: periodParams,
        headers: ifMatchHeaders,
        body: z.object({ vraag: z.string().min(1).max(4000) }),
        response: { 200: ReportSchema },
      },
    },
    async (request, reply) => {
      const { period } = guardedPeriod(request);
      const report = await askQuestion(app.db, period.id, versionOf(request), request.body.vraag, userIdOf(request));
      reply.header('etag', `"${report.version}"`);
      return reportOut(report, 'gemeente');
    },
  );

  app.post(
    `${API_PREFIX}/verantwoording/perioden/:periodeId/accepteren`,
    {
      preValidation: periodGuard(app, ['gemeente']),
      config: { access: review },
      schema: { tags, operationId: 'acceptVerantwoording', summary: 'Een ingediende rapportage accepteren (definitief)', params: periodParams, headers: ifMatchHeaders, body: note, response: { 200: ReportSchema } },
    },
    async (request, reply) => {
      const { period } = guardedPeriod(request);
      const report = await acceptReport(app.db, period.id, versionOf(request), request.body.toelichting, userIdOf(request));
      reply.header('etag', `"${report.version}"`);
      return reportOut(report, 'gemeente');
    },
  );

  app.post(
    `${API_PREFIX}/verantwoording/perioden/:periodeId/berichten`,
    {
      preValidation: periodGuard(app, ['aanbieder', 'gemeente'], { aanbieder: 'verantwoording:indienen', gemeente: 'verantwoording:beoordelen' }),
      config: { access: read },
      schema: {
        tags,
        operationId: 'addVerantwoordingBericht',
        summary: 'Een bericht bij de rapportage (antwoord op een vraag, of een opmerking)',
        params: periodParams,
        body: z.object({ bericht: z.string().min(1).max(4000) }),
        response: { 201: ReportSchema },
      },
    },
    async (request, reply) => {
      const { period, side } = guardedPeriod(request);
      const report = await addMessage(app.db, period.id, side, request.body.bericht, userIdOf(request));
      reply.code(201).header('etag', `"${report.version}"`);
      return reportOut(report, side);
    },
  );

  app.get(
    `${API_PREFIX}/verantwoording/perioden/:periodeId/herkomst`,
    {
      preValidation: periodGuard(app, ['gemeente']),
      config: { access: review },
      schema: {
        tags,
        operationId: 'getVerantwoordingHerkomst',
        summary: 'Welke dossiers achter elk voor-ingevuld cijfer zitten (alleen voor de eigen gemeente; alleen dossier-ids)',
        params: periodParams,
        response: {
          200: z
            .object({
              velden: z.record(
                z.string(),
                z.union([z.object({ aantal: z.number().int(), dossierIds: z.array(z.string()) }), z.record(z.string(), z.object({ aantal: z.number().int(), dossierIds: z.array(z.string()) }))]),
              ),
            })
            .meta({ id: 'VerantwoordingHerkomst' }),
        },
      },
    },
    async (request) => {
      const { period } = guardedPeriod(request);
      const report = await loadReport(app.db, period.id);
      const entry = (ids: string[]) => ({ aantal: ids.length, dossierIds: ids });
      const velden = Object.fromEntries(
        Object.entries(report.trace).map(([k, v]) => [k, Array.isArray(v) ? entry(v) : Object.fromEntries(Object.entries(v).map(([c, ids]) => [c, entry(ids)]))]),
      );
      // Case ids point to clients: showing them is a processing of personal data, logged per case.
      const ids = [...new Set(Object.values(report.trace).flatMap((v) => (Array.isArray(v) ? v : Object.values(v).flat())))];
      const subjects = await clientSubjects(app.db, ids);
      const facts = ids.map((id) => ({ activity: 'verantwoording', purpose: 'herleiden van verantwoordingscijfers (Wmo 2015, horizontale verantwoording)', ...subjects.get(id)!, action: 'lezen' as const, outcome: 'toegestaan' as const }));
      if (facts.length) await auditRequest(app, request, facts);
      return { velden };
    },
  );
}

