import { z } from 'zod';
import {
  ACCESS_CHANNELS,
  caseClosedOn,
  formatDutch,
  LIFE_DOMAINS,
  maskBsn,
  pendingReplacement,
  STEP_LABELS,
  STEPS,
  SUPPORT_KIND_LABELS,
  transitionsFrom,
  type NameOf,
  type Question,
  type SupportChoice,
  type SupporterAssignment,
  type SupportSuggestion,
} from '../../domain/cases/index.ts';
import { AGE_CATEGORIES, CLOSE_REASONS, INFORMAL_RELATIONS, REPRESENTATIVE_KINDS, TARGET_GROUPS } from '../../services/cases/client.ts';
import type { CaseView } from '../../services/cases/view.ts';
import { suggestionFor } from '../../services/cases/questions.ts';
import { NoteSchema, ObjectionSchema, ReferralSchema, noteResponse, objectionResponse, referralResponse } from './record-schemas.ts';
import { ConsentSchema, consentResponse, legacyConsents } from './consent-schemas.ts';

/** Response schemas of one case. Every BSN leaves the server masked (`maskBsn`), never whole. */

const date = z.iso.date();
const Person = z.object({ id: z.string(), naam: z.string() });

export const SuggestionSchema = z
  .object({
    vraagtype: z.number().int().describe('Rij van Bijlage 3 (1–8)'),
    regie: z.number().int().describe('Kolom van Bijlage 3: mate van regie (1 = meeste, 5 = minste)'),
    soort: z.enum(['informeren', 'regie_versterken']),
    soortOmschrijving: z.string(),
    vorm: z.string().describe('Voorgestelde vorm van ondersteuning'),
    voorwaarden: z.array(z.string()).describe('(Ideale) voorwaarden voor deze rij'),
    opmerkingen: z.array(z.string()).describe('Opmerkingen onder de tabel die voor deze cel gelden'),
    organisatievormen: z.array(z.enum(['gemeentelijk_loket', 'sociaal_wijkteam', 'sociaal_wijkteam_toegang_eerste_lijn'])),
    afgeleid: z.string().nullable().describe('Waarom deze plaats in de tabel een lezing van een onduidelijke plek in de bron is'),
  })
  .meta({ id: 'VoorstelOndersteuning' });

export const suggestionResponse = (s: SupportSuggestion) => ({
  vraagtype: s.questionType,
  regie: s.selfDirection,
  soort: s.kind,
  soortOmschrijving: SUPPORT_KIND_LABELS[s.kind],
  vorm: s.form,
  voorwaarden: [...s.conditions],
  opmerkingen: [...s.footnotes],
  organisatievormen: [...s.organisationFits],
  afgeleid: s.source.inferred ?? null,
});

export const ChoiceSchema = z
  .object({
    voorgesteldeVorm: z.string(),
    gekozenVorm: z.string(),
    afgeweken: z.boolean().describe('Wijkt de gekozen vorm af van het voorstel?'),
    reden: z.string().nullable().describe('Reden van de afwijking'),
    beslotenDoor: z.string().describe('Id van de medewerker'),
    beslotenDatum: date,
  })
  .meta({ id: 'KeuzeOndersteuning' });

export const choiceResponse = (c: SupportChoice) => ({
  voorgesteldeVorm: c.suggestedForm,
  gekozenVorm: c.chosenForm,
  afgeweken: c.overridden,
  reden: c.reason ?? null,
  beslotenDoor: c.decidedBy,
  beslotenDatum: c.decidedOn,
});

const SupporterSchema = z
  .object({ id: z.string(), naam: z.string(), soort: z.enum(['professioneel', 'informeel']), relatie: z.enum(INFORMAL_RELATIONS).nullable(), toegewezenDatum: date })
  .meta({ id: 'Clientondersteuner' });

const supporterResponse = (s: SupporterAssignment, nameOf: NameOf) => ({
  id: s.personId,
  naam: nameOf(s.personId),
  soort: s.kind,
  relatie: s.kind === 'informeel' ? s.relation : null,
  toegewezenDatum: s.assignedOn,
});

const QuestionSchema = z
  .object({
    id: z.string(),
    stap: z.enum(STEPS),
    stapNaam: z.string(),
    kanaal: z.enum(ACCESS_CHANNELS).describe('Hoe de vraag binnenkwam'),
    vraagtype: z.number().int().nullable(),
    regie: z.number().int().nullable(),
    leefgebieden: z.array(z.enum(LIFE_DOMAINS)),
    afsluitreden: z.enum(CLOSE_REASONS).nullable(),
    geslotenDatum: date.nullable(),
    mogelijkeStappen: z.array(z.enum(STEPS)).describe('Stappen waarnaar deze vraag nu kan (Figuur 1)'),
    geschiedenis: z.array(z.object({ van: z.enum(STEPS).nullable(), naar: z.enum(STEPS), datum: date, afsluitreden: z.enum(CLOSE_REASONS).nullable() })),
    voorstel: SuggestionSchema.nullable(),
    keuze: ChoiceSchema.nullable(),
  })
  .meta({ id: 'Vraag' });

function questionResponse(view: CaseView, q: Question) {
  const suggestion = suggestionFor(view.record, q.id);
  const choice = view.record.choices[q.id];
  return {
    id: q.id,
    stap: q.step,
    stapNaam: STEP_LABELS[q.step],
    kanaal: q.receivedVia,
    vraagtype: q.type ?? null,
    regie: q.selfDirection ?? null,
    leefgebieden: [...q.lifeDomains],
    afsluitreden: q.closeReason ?? null,
    geslotenDatum: q.closedOn ?? null,
    mogelijkeStappen: transitionsFrom(q.step).map((t) => t.to),
    geschiedenis: q.history.map((h) => ({ van: h.from, naar: h.to, datum: h.on, afsluitreden: h.closeReason ?? null })),
    voorstel: suggestion ? suggestionResponse(suggestion) : null,
    keuze: choice ? choiceResponse(choice) : null,
  };
}

const phone = z.string().nullable();
export const ClientSchema = z
  .object({
    naam: z.string(),
    telefoon: phone,
    email: z.string().nullable(),
    adres: z.string().nullable(),
    bsnGemaskeerd: z.string().nullable().describe('Alleen de laatste drie cijfers, bijvoorbeeld ******123'),
    leeftijdscategorie: z.enum(AGE_CATEGORIES).nullable(),
    doelgroepen: z.array(z.enum(TARGET_GROUPS)),
    netwerk: z.array(z.object({ naam: z.string(), relatie: z.string(), telefoon: phone })).describe('Informeel netwerk'),
    vertegenwoordiger: z.object({ naam: z.string(), soort: z.enum(REPRESENTATIVE_KINDS), telefoon: phone }).nullable(),
    toestemmingen: z
      .array(z.object({ onderwerp: z.string(), gegeven: z.boolean(), vastgelegdDatum: date, toelichting: z.string() }))
      .describe('Verouderd: dezelfde toestemmingen als in het dossier (toestemmingen), in de oude vorm. Een ingetrokken toestemming staat hier als niet gegeven, met de datum van intrekken.'),
  })
  .meta({ id: 'Client' });

export const DossierSchema = z
  .object({
    id: z.string(),
    gemeenteCode: z.string(),
    versie: z.number().int().describe('Voor If-Match'),
    client: ClientSchema,
    geopendDatum: date,
    geslotenDatum: date.nullable().describe('Gevuld als alle vragen zijn afgesloten'),
    geblokkeerd: z.boolean().describe('De cliënt vroeg om een andere ondersteuner; tot die er is gaat niets verder'),
    blokkade: z.string().nullable(),
    ondersteuner: SupporterSchema.nullable(),
    eerdereOndersteuners: z.array(SupporterSchema),
    beslissers: z.array(z.object({ id: z.string(), naam: z.string(), voorziening: z.string(), toegewezenDatum: date })),
    verzoekenAndereOndersteuner: z.array(
      z.object({ verzoekDatum: date, betwijfeldeOndersteuner: Person, reden: z.string().nullable(), afgehandeldDatum: date.nullable(), nieuweOndersteuner: Person.nullable() }),
    ),
    vragen: z.array(QuestionSchema),
    notities: z.array(NoteSchema),
    verwijzingen: z.array(ReferralSchema),
    bezwaren: z.array(ObjectionSchema),
    toestemmingen: z.array(ConsentSchema).describe('Alle toestemmingen, ook ingetrokken (geschiedenis); geldig = nu van kracht'),
  })
  .meta({ id: 'Dossier' });

export function dossierResponse(view: CaseView) {
  const { record, nameOf } = view;
  const c = record.case;
  const pending = pendingReplacement(c);
  const person = (id: string) => ({ id, naam: nameOf(id) });
  const client = record.client;
  return {
    id: record.id,
    gemeenteCode: record.municipalityCode,
    versie: record.version,
    client: {
      naam: client.name,
      telefoon: client.phone,
      email: client.email,
      adres: client.address,
      bsnGemaskeerd: record.bsn ? maskBsn(record.bsn) : null,
      leeftijdscategorie: c.ageCategory ?? null,
      doelgroepen: client.targetGroups,
      netwerk: client.network.map((n) => ({ naam: n.name, relatie: n.relation, telefoon: n.phone })),
      vertegenwoordiger: client.representative ? { naam: client.representative.name, soort: client.representative.kind, telefoon: client.representative.phone } : null,
      toestemmingen: legacyConsents(view.consents),
    },
    geopendDatum: c.openedOn,
    geslotenDatum: caseClosedOn(c) ?? null,
    geblokkeerd: pending !== undefined,
    blokkade: pending ? `De cliënt heeft op ${formatDutch(pending.requestedOn)} om een andere cliëntondersteuner gevraagd. Wijs eerst een andere ondersteuner toe.` : null,
    ondersteuner: c.supporter ? supporterResponse(c.supporter, nameOf) : null,
    eerdereOndersteuners: c.formerSupporters.map((s) => supporterResponse(s, nameOf)),
    beslissers: c.decisionMakers.map((d) => ({ ...person(d.personId), voorziening: d.provision, toegewezenDatum: d.assignedOn })),
    verzoekenAndereOndersteuner: c.replacementRequests.map((r) => ({
      verzoekDatum: r.requestedOn,
      betwijfeldeOndersteuner: person(r.doubtedSupporterId),
      reden: r.reason ?? null,
      afgehandeldDatum: r.resolvedOn ?? null,
      nieuweOndersteuner: r.newSupporterId ? person(r.newSupporterId) : null,
    })),
    vragen: c.questions.map((q) => questionResponse(view, q)),
    notities: view.notes.map(noteResponse),
    verwijzingen: view.referrals.map(referralResponse),
    bezwaren: view.objections.map(objectionResponse),
    toestemmingen: view.consents.map((c) => consentResponse(c, view.today)),
  };
}
