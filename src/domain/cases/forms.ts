/**
 * The practical forms of client support (Bijlage 4, "Praktische vormen van cliëntondersteuning"), for
 * recording what was done on a question and reporting on it (§3.4: "vragen afgehandeld", services).
 * §2.3 names a few more that are not separate headings in Bijlage 4: short-term support and crisis
 * support; they are included so a supporter never has to squeeze work into the wrong category.
 */
export const PRACTICAL_FORMS = [
  'informatie_en_advies',
  'vraagverheldering',
  'activering_client_en_netwerk',
  'bemiddelen_en_verwijzen',
  'geschillen_klachten_bezwaar_beroep',
  'monitoring_en_evaluatie',
  'kortdurende_ondersteuning',
  'ondersteuning_bij_crisis',
] as const;
export type PracticalForm = (typeof PRACTICAL_FORMS)[number];

export const PRACTICAL_FORM_LABELS: Readonly<Record<PracticalForm, string>> = {
  informatie_en_advies: 'Informatie en advies',
  vraagverheldering: 'Hulp bij vraagverheldering',
  activering_client_en_netwerk: 'Activering cliënt en netwerk',
  bemiddelen_en_verwijzen: 'Bemiddelen en verwijzen',
  geschillen_klachten_bezwaar_beroep: 'Hulp bij geschillen, klachten, bezwaar en beroep',
  monitoring_en_evaluatie: 'Hulp bij monitoring en evaluatie dienstverlening',
  kortdurende_ondersteuning: 'Kortdurende ondersteuning',
  ondersteuning_bij_crisis: 'Ondersteuning bij crisis ingeval van interventie',
};

/** Which of these appear in Bijlage 4 itself (the rest come from §2.3). */
export const BIJLAGE_4_FORMS: readonly PracticalForm[] = PRACTICAL_FORMS.slice(0, 6);
