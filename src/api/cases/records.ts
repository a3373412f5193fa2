import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { ACCESS_CHANNELS } from '../../domain/cases/index.ts';
import { addNote, addReferral, NOTE_KINDS, recordReferralOutcome, REFERRAL_OUTCOMES } from '../../services/cases/records.ts';
import { addObjection, OBJECTION_KINDS, OBJECTION_OUTCOMES, updateObjection } from '../../services/cases/objections.ts';
import { audited, caseScope, dossierParams, ifMatchHeaders, optionalDate, tags, today, userIdOf, versionOf, write } from './common.ts';
import { NoteSchema, noteResponse, ObjectionSchema, objectionResponse, ReferralSchema, referralResponse } from './record-schemas.ts';

/** The referral just made, with warnings (no current consent to share with this provider). */
const NewReferralSchema = ReferralSchema.extend({ waarschuwingen: z.array(z.string()).describe('Bijvoorbeeld: geen geldige toestemming om gegevens met deze aanbieder te delen') }).meta({
  id: 'NieuweVerwijzing',
});

const questionRef = z.string().max(64).optional().describe('Id van de vraag waar dit bij hoort');

export async function recordRoutes(app: AppInstance): Promise<void> {
  const scope = caseScope(app);
  const config = { access: write, scope };

  app.post(
    `${API_PREFIX}/dossiers/:dossierId/notities`,
    {
      config,
      schema: {
        tags,
        operationId: 'addNotitie',
        summary: 'Een notitie of contactmoment vastleggen (ook in een geblokkeerd dossier)',
        params: dossierParams,
        headers: ifMatchHeaders,
        body: z.object({
          soort: z.enum(NOTE_KINDS),
          tekst: z.string().trim().min(1).max(8000),
          kanaal: z.enum(ACCESS_CHANNELS).optional().describe('Verplicht bij een contactmoment'),
          vraagId: questionRef,
          datum: optionalDate,
        }),
        response: { 201: NoteSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      if (b.soort === 'contactmoment' && !b.kanaal) {
        const reason = 'Geef aan hoe het contact verliep (kanaal).';
        throw new ProblemError(400, reason, { invalidParams: [{ name: 'body.kanaal', code: 'required', reason }] });
      }
      const note = { kind: b.soort, questionId: b.vraagId ?? null, channel: b.kanaal ?? null, occurredOn: b.datum ?? today(), body: b.tekst, recordedBy: userIdOf(request) };
      const saved = await audited(app, request, 'schrijven', request.params.dossierId, (db) => addNote(db, request.params.dossierId, versionOf(request), note));
      reply.code(201).header('ETag', `"${saved.record.version}"`);
      return noteResponse(saved.note);
    },
  );

  app.post(
    `${API_PREFIX}/dossiers/:dossierId/verwijzingen`,
    {
      config,
      schema: {
        tags,
        operationId: 'addVerwijzing',
        summary: 'De cliënt verwijzen naar een aanbieder (niet in een geblokkeerd dossier); zonder geldige toestemming om gegevens met die aanbieder te delen volgt een waarschuwing',
        params: dossierParams,
        headers: ifMatchHeaders,
        body: z.object({ aanbieder: z.string().trim().min(1).max(300), reden: z.string().trim().max(4000).default(''), vraagId: questionRef, datum: optionalDate }),
        response: { 201: NewReferralSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const input = { questionId: b.vraagId ?? null, provider: b.aanbieder, reason: b.reden, referredOn: b.datum ?? today(), userId: userIdOf(request) };
      const saved = await audited(app, request, 'schrijven', request.params.dossierId, (db) => addReferral(db, request.params.dossierId, versionOf(request), input));
      reply.code(201).header('ETag', `"${saved.record.version}"`);
      return { ...referralResponse(saved.referral), waarschuwingen: saved.warnings };
    },
  );

  app.put(
    `${API_PREFIX}/dossiers/:dossierId/verwijzingen/:verwijzingId/uitkomst`,
    {
      config,
      schema: {
        tags,
        operationId: 'putVerwijzingUitkomst',
        summary: 'Vastleggen wat een verwijzing opleverde',
        params: dossierParams.extend({ verwijzingId: z.string().max(64) }),
        headers: ifMatchHeaders,
        body: z.object({ uitkomst: z.enum(REFERRAL_OUTCOMES), toelichting: z.string().trim().max(4000).default(''), datum: optionalDate }),
        response: { 200: ReferralSchema },
      },
    },
    async (request, reply) => {
      const { dossierId, verwijzingId } = request.params;
      const input = { outcome: request.body.uitkomst, outcomeOn: request.body.datum ?? today(), note: request.body.toelichting };
      const saved = await audited(app, request, 'schrijven', dossierId, (db) => recordReferralOutcome(db, dossierId, versionOf(request), verwijzingId, input));
      reply.header('ETag', `"${saved.record.version}"`);
      return referralResponse(saved.referral);
    },
  );

  app.post(
    `${API_PREFIX}/dossiers/:dossierId/bezwaren`,
    {
      config,
      schema: {
        tags,
        operationId: 'addBezwaar',
        summary:
          'Hulp bij een klacht, bezwaar of beroep vastleggen. Bij bezwaar en beroep berekent Naast de termijn: zes weken vanaf de dag na verzending (Awb 6:7, 6:8), verlengd volgens de Algemene termijnenwet.',
        params: dossierParams,
        headers: ifMatchHeaders,
        body: z.object({
          soort: z.enum(OBJECTION_KINDS),
          onderwerp: z.string().trim().min(1).max(500).describe('Waar het over gaat, bijvoorbeeld het besluit over een woningaanpassing'),
          verzendDatum: isoDate.optional().describe('Bij bezwaar en beroep: de dag waarop het besluit is verzonden of uitgereikt'),
          vraagId: questionRef,
        }),
        response: { 201: ObjectionSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const input = { kind: b.soort, subject: b.onderwerp, decisionSentOn: b.verzendDatum ?? null, questionId: b.vraagId ?? null, userId: userIdOf(request) };
      const saved = await audited(app, request, 'schrijven', request.params.dossierId, (db) => addObjection(db, request.params.dossierId, versionOf(request), input, today()));
      reply.code(201).header('ETag', `"${saved.record.version}"`);
      return objectionResponse(saved.objection);
    },
  );

  app.put(
    `${API_PREFIX}/dossiers/:dossierId/bezwaren/:bezwaarId`,
    {
      config,
      schema: {
        tags,
        operationId: 'putBezwaar',
        summary:
          'Indiening (ontvangst- en postdatum), uitkomst en een oordeel over verschoonbaarheid van een klacht, bezwaar of beroep vastleggen; een ingediend bezwaar verdwijnt uit de termijnbewaking',
        params: dossierParams.extend({ bezwaarId: z.string().max(64) }),
        headers: ifMatchHeaders,
        body: z.object({
          ingediendDatum: isoDate.nullable().default(null).describe('Dag waarop het bij het bestuursorgaan binnenkwam'),
          postDatum: isoDate
            .nullable()
            .default(null)
            .describe('Dag waarop het op de post is gedaan, als het per post is verstuurd: dan is het op tijd als het voor het einde van de termijn is gepost en uiterlijk een week later binnenkwam (Awb 6:9 lid 2)'),
          uitkomst: z.enum(OBJECTION_OUTCOMES).nullable().optional(),
          uitkomstDatum: isoDate.nullable().default(null),
          toelichting: z.string().trim().max(4000).default(''),
          verschoonbaarheid: z
            .object({ verschoonbaar: z.boolean(), reden: z.string().trim().min(1).max(2000) })
            .nullable()
            .default(null)
            .describe('Alleen bij een te late indiening: vindt u de overschrijding verschoonbaar, en waarom (Awb 6:11)? Leeg laten wist een eerder oordeel.'),
        }),
        response: { 200: ObjectionSchema },
      },
    },
    async (request, reply) => {
      const { dossierId, bezwaarId } = request.params;
      const b = request.body;
      const input = {
        filedOn: b.ingediendDatum,
        postedOn: b.postDatum,
        outcome: b.uitkomst ?? null,
        outcomeOn: b.uitkomstDatum,
        note: b.toelichting,
        excusability: b.verschoonbaarheid ? { excusable: b.verschoonbaarheid.verschoonbaar, reason: b.verschoonbaarheid.reden } : null,
        userId: userIdOf(request),
      };
      const saved = await audited(app, request, 'schrijven', dossierId, (db) => updateObjection(db, dossierId, versionOf(request), bezwaarId, input, today()));
      reply.header('ETag', `"${saved.record.version}"`);
      return objectionResponse(saved.objection);
    },
  );
}
