import { z } from 'zod';
import { ACCESS_CHANNELS, STEPS } from '../../domain/cases/index.ts';
import { NOTE_KINDS, REFERRAL_OUTCOMES, type NoteRecord, type ReferralRecord } from '../../services/cases/records.ts';
import { OBJECTION_KINDS, OBJECTION_OUTCOMES, type ObjectionRecord } from '../../services/cases/objections.ts';
import { DEADLINE_KINDS, type CaseloadRow, type CaseSummary, type DeadlineKind } from '../../services/cases/worklists.ts';

/** Response schemas of the records beside a case, of work lists and of the caseload. */

const date = z.iso.date();

export const NoteSchema = z
  .object({
    id: z.string(),
    soort: z.enum(NOTE_KINDS),
    vraagId: z.string().nullable(),
    kanaal: z.enum(ACCESS_CHANNELS).nullable(),
    datum: date,
    tekst: z.string(),
    vastgelegdDoor: z.string().nullable().describe('Id van de medewerker'),
    vastgelegdDoorNaam: z.string().nullable().describe('Naam van de medewerker; leeg als die niet bekend is'),
    tijdstip: z.string().describe('Wanneer het werd vastgelegd (UTC)'),
  })
  .meta({ id: 'Notitie' });

export const noteResponse = (n: NoteRecord) => ({
  id: n.id,
  soort: n.kind,
  vraagId: n.questionId,
  kanaal: n.channel,
  datum: n.occurredOn,
  tekst: n.body,
  vastgelegdDoor: n.recordedBy,
  vastgelegdDoorNaam: n.recordedByName,
  tijdstip: n.recordedAt,
});

export const ReferralSchema = z
  .object({
    id: z.string(),
    vraagId: z.string().nullable(),
    aanbieder: z.string(),
    reden: z.string(),
    verwezenDatum: date,
    uitkomst: z.enum(REFERRAL_OUTCOMES).nullable(),
    uitkomstDatum: date.nullable(),
    uitkomstToelichting: z.string(),
  })
  .meta({ id: 'Verwijzing' });

export const referralResponse = (r: ReferralRecord) => ({
  id: r.id,
  vraagId: r.questionId,
  aanbieder: r.provider,
  reden: r.reason,
  verwezenDatum: r.referredOn,
  uitkomst: r.outcome,
  uitkomstDatum: r.outcomeOn,
  uitkomstToelichting: r.outcomeNote,
});

const DeadlineSchema = z
  .object({
    startDatum: date.describe('Eerste dag van de termijn (dag na verzending, Awb 6:8)'),
    gewoneEindDatum: date.describe('Laatste dag van de zes weken (Awb 6:7)'),
    eindDatum: date.describe('Laatste dag na verlenging volgens de Algemene termijnenwet'),
    verlengdVanwege: z.array(z.string()).describe('Overgeslagen dagen, bijvoorbeeld "zaterdag 4 april 2015"'),
    kanNogVeranderen: z
      .boolean()
      .describe('De laatste dag kan nog opschuiven: voor dat jaar is (nog) geen besluit over gelijkgestelde dagen bekend (artikel 3 lid 3 Algemene termijnenwet)'),
    kanNogVeranderenUitleg: z.string().nullable().describe('Waarom de laatste dag nog kan opschuiven, in gewone taal'),
  })
  .meta({ id: 'Termijn' });

const TimelinessSchema = z
  .object({
    tijdig: z.boolean().nullable().describe('Leeg zolang een op tijd geposte brief nog niet is ontvangen'),
    grond: z.enum(['ontvangen_binnen_termijn', 'gepost_binnen_termijn', 'te_laat', 'wacht_op_ontvangst']),
    uitleg: z.string().describe('Waarom, met het artikel (Awb 6:9, en 6:11 als er een oordeel over verschoonbaarheid is)'),
  })
  .meta({ id: 'Tijdigheid' });

const ExcusabilitySchema = z
  .object({
    verschoonbaar: z.boolean(),
    reden: z.string(),
    datum: date.describe('Dag waarop het oordeel is vastgelegd'),
    door: z.string().nullable().describe('Id van de medewerker'),
  })
  .meta({ id: 'Verschoonbaarheid' });

export const ObjectionSchema = z
  .object({
    id: z.string(),
    vraagId: z.string().nullable(),
    soort: z.enum(OBJECTION_KINDS),
    onderwerp: z.string(),
    verzendDatum: date.nullable().describe('Dag waarop het besluit is verzonden of uitgereikt'),
    termijn: DeadlineSchema.nullable().describe('Leeg bij een klacht'),
    ingediendDatum: date.nullable().describe('Dag waarop het bij het bestuursorgaan binnenkwam'),
    postDatum: date.nullable().describe('Dag waarop het op de post is gedaan, als het per post is verstuurd (Awb 6:9 lid 2)'),
    tijdig: z.boolean().nullable().describe('Op tijd ingediend (Awb 6:9)?'),
    tijdigheid: TimelinessSchema.nullable().describe('Of het op tijd is en waarom; leeg zolang niets is ontvangen of gepost'),
    verschoonbaarheid: ExcusabilitySchema.nullable().describe('Oordeel van de ondersteuner over een te late indiening (Awb 6:11)'),
    uitkomst: z.enum(OBJECTION_OUTCOMES).nullable(),
    uitkomstDatum: date.nullable(),
    toelichting: z.string(),
    dagenOver: z.number().int().nullable().describe('Dagen tot en met de laatste dag; negatief als de termijn verstreken is'),
    verlopen: z.boolean().describe('De termijn is verstreken zonder dat er iets is ingediend'),
    waarschuwing: z.string().nullable(),
  })
  .meta({ id: 'Bezwaar' });

export const objectionResponse = (o: ObjectionRecord) => ({
  id: o.id,
  vraagId: o.questionId,
  soort: o.kind,
  onderwerp: o.subject,
  verzendDatum: o.decisionSentOn,
  termijn: o.deadline
    ? {
        startDatum: o.deadline.startsOn,
        gewoneEindDatum: o.deadline.plainEndsOn,
        eindDatum: o.deadline.endsOn,
        verlengdVanwege: [...o.deadline.extendedBecause],
        kanNogVeranderen: o.deadline.mayStillMove,
        kanNogVeranderenUitleg: o.deadline.mayStillMoveBecause,
      }
    : null,
  ingediendDatum: o.filedOn,
  postDatum: o.postedOn,
  tijdig: o.inTime,
  tijdigheid: o.timeliness ? { tijdig: o.timeliness.inTime, grond: o.timeliness.ground, uitleg: o.timeliness.explanation } : null,
  verschoonbaarheid: o.excusability
    ? { verschoonbaar: o.excusability.excusable, reden: o.excusability.reason, datum: o.excusability.decidedOn, door: o.excusability.decidedBy }
    : null,
  uitkomst: o.outcome,
  uitkomstDatum: o.outcomeOn,
  toelichting: o.outcomeNote,
  dagenOver: o.running ? o.daysLeft : null,
  verlopen: o.lapsed,
  waarschuwing: o.warning,
});

export const SummarySchema = z
  .object({
    id: z.string(),
    gemeenteCode: z.string(),
    clientNaam: z.string(),
    ondersteuner: z.object({ id: z.string(), naam: z.string(), soort: z.enum(['professioneel', 'informeel']) }).nullable(),
    geopendDatum: date,
    geslotenDatum: date.nullable(),
    geblokkeerd: z.boolean(),
    vragen: z.array(
      z.object({
        id: z.string(),
        stap: z.enum(STEPS),
        volgendeStap: z.enum(STEPS).nullable().describe('De stap die normaal volgt (Figuur 1); leeg bij een afgesloten vraag'),
      }),
    ),
    vraagSamenvatting: z.string().describe('De vraag van de cliënt in zijn eigen woorden (de open vragen, ingekort)'),
    laatsteContactDatum: date.nullable().describe('Datum van het laatste contactmoment'),
    volgendeTermijn: z
      .object({
        datum: date,
        soort: z.enum(DEADLINE_KINDS),
        grondslag: z.string().nullable().describe('Wettelijke grondslag; leeg bij een afspraak uit het plan'),
        dagenOver: z.number().int().describe('Negatief als de datum voorbij is'),
        verlopen: z.boolean(),
      })
      .nullable()
      .describe('De eerstvolgende termijn: een bezwaar- of beroepstermijn, of een afspraak uit het plan van de cliënt waarop nog geen contact volgde'),
    termijnen: z
      .array(
        z.object({
          bezwaarId: z.string(),
          soort: z.enum(OBJECTION_KINDS),
          onderwerp: z.string(),
          eindDatum: date,
          kanNogVeranderen: z.boolean().describe('De laatste dag kan nog opschuiven (artikel 3 lid 3 Algemene termijnenwet)'),
          dagenOver: z.number().int(),
          verlopen: z.boolean(),
          waarschuwing: z.string().nullable(),
        }),
      )
      .describe('Lopende wettelijke termijnen, eerstvolgende eerst'),
  })
  .meta({ id: 'DossierOverzicht' });

/** The law behind each kind of deadline, as the objection screens cite it; an agreement has none. */
const DEADLINE_BASIS: Readonly<Record<DeadlineKind, string | null>> = {
  bezwaartermijn: 'Artikel 6:7 en 6:8 Awb; Algemene termijnenwet',
  beroepstermijn: 'Artikel 6:7 en 6:8 Awb; Algemene termijnenwet',
  afspraak: null,
};

export const summaryResponse = (s: CaseSummary) => ({
  id: s.id,
  gemeenteCode: s.municipalityCode,
  clientNaam: s.clientName,
  ondersteuner: s.supporter ? { id: s.supporter.id, naam: s.supporter.name, soort: s.supporter.kind } : null,
  geopendDatum: s.openedOn,
  geslotenDatum: s.closedOn,
  geblokkeerd: s.blocked,
  vragen: s.questions.map((q) => ({ id: q.id, stap: q.step, volgendeStap: q.nextStep })),
  vraagSamenvatting: s.questionSummary,
  laatsteContactDatum: s.lastContactOn,
  volgendeTermijn: s.nextDeadline
    ? { datum: s.nextDeadline.on, soort: s.nextDeadline.kind, grondslag: DEADLINE_BASIS[s.nextDeadline.kind], dagenOver: s.nextDeadline.daysLeft, verlopen: s.nextDeadline.lapsed }
    : null,
  termijnen: s.deadlines.map((o) => ({
    bezwaarId: o.id,
    soort: o.kind,
    onderwerp: o.subject,
    eindDatum: o.deadline!.endsOn,
    kanNogVeranderen: o.deadline!.mayStillMove,
    dagenOver: o.daysLeft ?? 0,
    verlopen: o.lapsed,
    waarschuwing: o.warning,
  })),
});

export const CaseloadSchema = z
  .object({
    ondersteuner: z.object({ id: z.string(), naam: z.string() }),
    gemeenteCode: z.string(),
    openDossiers: z.number().int(),
    openVragen: z.number().int(),
    geblokkeerdeDossiers: z.number().int().describe('Dossiers waarin de cliënt om een andere ondersteuner vroeg'),
  })
  .meta({ id: 'Caseload' });

export const caseloadResponse = (r: CaseloadRow) => ({
  ondersteuner: { id: r.supporter.id, naam: r.supporter.name },
  gemeenteCode: r.municipalityCode,
  openDossiers: r.openCases,
  openVragen: r.openQuestions,
  geblokkeerdeDossiers: r.blockedCases,
});
