import { z } from 'zod';
import { LIFE_DOMAINS } from '../../domain/cases/index.ts';
import { STEPS } from '../../domain/cases/process.ts';
import type { Receipt } from '../../services/portal/questions.ts';
import type { OwnQuestion } from '../../services/portal/own.ts';

/**
 * Every field is optional to the schema on purpose: the portal checks them itself (domain/portal),
 * so a resident gets every problem at once in plain Dutch instead of a technical first error.
 */
export const QuestionInput = z
  .object({
    gemeenteCode: z.string().max(100).optional().describe('Verplicht. Code van de gemeente (indeling 2014), zie GET /gemeenten?indeling=2014'),
    vraag: z.string().max(20000).optional().describe('Verplicht. De vraag in de eigen woorden van de inwoner (10 tot 4000 tekens)'),
    levensdomeinen: z.array(z.string().max(100)).max(20).optional().describe(`Onderwerpen (optioneel): ${LIFE_DOMAINS.join(', ')}`),
    naam: z.string().max(1000).optional().describe('Verplicht. Naam; een voornaam is genoeg'),
    telefoon: z.string().max(100).optional().describe('Telefoonnummer; telefoon of e-mail is verplicht'),
    email: z.string().max(1000).optional().describe('E-mailadres; telefoon of e-mail is verplicht'),
    contactToestemming: z.boolean().optional().describe('Verplicht true: toestemming om contact op te nemen'),
    clientondersteunerGewenst: z.boolean().optional().describe('"Ik wil graag een cliëntondersteuner"'),
  })
  .meta({ id: 'InwonerVraag' });

export const ReceiptSchema = z
  .object({
    referentie: z.string().describe('Nummer van de vraag, bijvoorbeeld NV-7K3Q-X9MB (geen persoonsgegevens)'),
    gemeente: z.object({ code: z.string(), naam: z.string() }),
    gesteldDatum: z.iso.date(),
    clientondersteunerGevraagd: z.boolean(),
    gekoppeldAanAccount: z.boolean().describe('De vraag staat onder "Mijn vragen" van de ingelogde inwoner'),
    contactUiterlijkDatum: z.iso.date().describe('Uiterlijk op deze dag neemt iemand contact op'),
    vervolgstappen: z.array(z.string()).describe('Wat er nu gebeurt, in gewone taal'),
  })
  .meta({ id: 'Ontvangstbevestiging' });

export const receiptResponse = (r: Receipt): z.output<typeof ReceiptSchema> => ({
  referentie: r.reference,
  gemeente: { code: r.municipality.code, naam: r.municipality.name },
  gesteldDatum: r.askedOn,
  clientondersteunerGevraagd: r.wantsSupporter,
  gekoppeldAanAccount: r.linked,
  contactUiterlijkDatum: r.next.contactBy,
  vervolgstappen: r.next.lines,
});

const PlanSchema = z
  .object({
    versie: z.number().int(),
    akkoord: z.enum(['akkoord', 'eerdere_versie', 'niet_akkoord']),
    akkoordDatum: z.iso.date().nullable(),
    resultaten: z.array(z.object({ omschrijving: z.string() })),
    afspraken: z.array(z.object({ omschrijving: z.string(), wie: z.string(), uiterlijkDatum: z.iso.date().nullable() })),
  })
  .meta({ id: 'EigenPlan' });

export const OwnQuestionSchema = z
  .object({
    referentie: z.string(),
    gesteldDatum: z.iso.date(),
    gemeente: z.object({ code: z.string(), naam: z.string() }),
    vraag: z.string().describe('De vraag in de eigen woorden'),
    stap: z.enum(STEPS),
    stapTitel: z.string(),
    stapUitleg: z.string().describe('Wat er nu gebeurt, in gewone taal'),
    afsluitUitleg: z.string().nullable(),
    ondersteuner: z.object({ naam: z.string(), soort: z.enum(['professioneel', 'informeel']) }).nullable(),
    andereOndersteunerGevraagd: z.object({ gevraagdDatum: z.iso.date(), reden: z.string().nullable() }).nullable(),
    magAndereOndersteunerVragen: z.boolean(),
    verwijzingen: z.array(z.object({ aanbieder: z.string(), verwezenDatum: z.iso.date() })),
    plan: PlanSchema.nullable(),
  })
  .meta({ id: 'EigenVraag' });

export const ownQuestionResponse = (q: OwnQuestion): z.output<typeof OwnQuestionSchema> => ({
  referentie: q.reference,
  gesteldDatum: q.askedOn,
  gemeente: { code: q.municipality.code, naam: q.municipality.name },
  vraag: q.text,
  stap: q.step,
  stapTitel: q.stepTitle,
  stapUitleg: q.stepText,
  afsluitUitleg: q.closeText,
  ondersteuner: q.supporter ? { naam: q.supporter.name, soort: q.supporter.kind } : null,
  andereOndersteunerGevraagd: q.otherSupporterRequested ? { gevraagdDatum: q.otherSupporterRequested.on, reden: q.otherSupporterRequested.reason } : null,
  magAndereOndersteunerVragen: q.canAskOtherSupporter,
  verwijzingen: q.referrals.map((r) => ({ aanbieder: r.provider, verwezenDatum: r.on })),
  plan: q.plan
    ? {
        versie: q.plan.version,
        akkoord: q.plan.approval,
        akkoordDatum: q.plan.agreedOn,
        resultaten: q.plan.results.map((r) => ({ omschrijving: r.description })),
        afspraken: q.plan.agreements.map((a) => ({ omschrijving: a.description, wie: a.who, uiterlijkDatum: a.dueOn })),
      }
    : null,
});
