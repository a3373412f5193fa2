import { z } from 'zod';
import { isCurrentConsent, type IsoDate } from '../../domain/cases/index.ts';
import type { ConsentView } from '../../services/cases/consents.ts';

/** Consent records (toestemmingen) in responses; the old shape inside `client` is derived from them. */

const date = z.iso.date();

export const ConsentSchema = z
  .object({
    id: z.string(),
    onderwerp: z.string().describe('Welke gegevens gedeeld mogen worden'),
    ontvanger: z.string().describe('Met wie; leeg bij toestemmingen van vóór de registratie per toestemming'),
    gegevenDatum: date,
    ingetrokkenDatum: date.nullable(),
    geldig: z.boolean().describe('Vandaag van kracht: gegeven en niet ingetrokken'),
    toelichting: z.string(),
    vastgelegdDoor: z.string().nullable().describe('Id van de medewerker'),
    vastgelegdDoorNaam: z.string().nullable(),
    ingetrokkenDoorNaam: z.string().nullable(),
    tijdstip: z.string().describe('Wanneer het werd vastgelegd (UTC)'),
  })
  .meta({ id: 'Toestemming' });

export const consentResponse = (c: ConsentView, today: IsoDate) => ({
  id: c.id,
  onderwerp: c.subject,
  ontvanger: c.recipient,
  gegevenDatum: c.givenOn,
  ingetrokkenDatum: c.withdrawnOn ?? null,
  geldig: isCurrentConsent(c, today),
  toelichting: c.note,
  vastgelegdDoor: c.recordedBy,
  vastgelegdDoorNaam: c.recordedByName,
  ingetrokkenDoorNaam: c.withdrawnByName,
  tijdstip: c.recordedAt,
});

/** The shape `client.toestemmingen` had before consents were records: withdrawn reads as "not given" on that day. */
export const legacyConsents = (consents: readonly ConsentView[]) =>
  consents.map((c) => ({ onderwerp: c.subject, gegeven: c.withdrawnOn === undefined, vastgelegdDatum: c.withdrawnOn ?? c.givenOn, toelichting: c.note }));

export type LegacyConsent = ReturnType<typeof legacyConsents>[number];

/** Are two lists in the old shape the same, order aside? (A form that sends back what it read changes nothing.) */
export function sameLegacyConsents(a: readonly LegacyConsent[], b: readonly LegacyConsent[]): boolean {
  const key = (c: LegacyConsent) => JSON.stringify([c.onderwerp, c.gegeven, c.vastgelegdDatum, c.toelichting]);
  return JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
}
