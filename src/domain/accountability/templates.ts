/**
 * Reporting templates per funding form (bekostigingsvorm), as data (§3.4 "Bekostiging" and
 * "Verantwoording"). A template lists the fields a provider reports; the same definition drives the
 * form in the web UI, the upload format and the validation, so they cannot drift apart.
 */

import { LIFE_DOMAINS } from '../cases/model.ts';
import { AGE_CATEGORIES } from '../socialmap/taxonomy.ts';

/** The four funding forms of §3.4. */
export const FUNDING_FORMS = ['functie', 'product', 'project', 'populatie'] as const;
export type FundingForm = (typeof FUNDING_FORMS)[number];

export const FUNDING_FORM_LABELS: Readonly<Record<FundingForm, string>> = {
  functie: 'Functiebekostiging (beschikbaarheid)',
  product: 'Productbekostiging (prestatie)',
  project: 'Projectbekostiging',
  populatie: 'Populatiebekostiging',
};

/**
 * How a field is filled: a whole number, a number with decimals (hours, FTE), an amount in euros
 * (kept in cents), yes/no, text, or a
 * breakdown: a whole number per category (clients per target group, hours per service, …).
 */
export type FieldKind = 'geheel' | 'decimaal' | 'bedrag' | 'janee' | 'tekst' | 'verdeling';

/** Categories of a breakdown: a fixed list, or free (services, districts, result areas). */
export type Dimension = 'doelgroep' | 'leeftijd' | 'levensdomein' | 'wijk' | 'dienst' | 'resultaatgebied';

export interface TemplateField {
  key: string;
  label: string;
  kind: FieldKind;
  /** For breakdowns only. */
  dimension?: Dimension;
  /** Breakdowns in hours take decimals. */
  decimals?: boolean;
  /** Naast computes it from its own casework; the provider may correct it, with a note. */
  prefilled?: boolean;
  required?: boolean;
}

/** Categories of the fixed dimensions (the same lists as casework; §2.3). Free dimensions have none. */
export const DIMENSION_CATEGORIES: Readonly<Partial<Record<Dimension, readonly string[]>>> = {
  doelgroep: [
    'verstandelijke_beperking',
    'lichamelijke_beperking',
    'zintuiglijke_beperking',
    'chronische_beperking',
    'psychosociale_of_psychiatrische_problematiek',
    'ouderdomsproblematiek',
    'anders',
    'onbekend',
  ],
  leeftijd: [...AGE_CATEGORIES, 'onbekend'],
  levensdomein: LIFE_DOMAINS,
};

/** Client experience: relevant for all four forms (§3.4, last bullet). */
const EXPERIENCE_FIELDS: TemplateField[] = [
  { key: 'ervaring_uitgenodigd', label: 'Cliënten uitgenodigd voor het ervaringsonderzoek', kind: 'geheel' },
  { key: 'ervaring_respons', label: 'Ingevulde vragenlijsten', kind: 'geheel' },
  { key: 'ervaring_toelichting', label: 'Wat cliënten zeiden (samenvatting)', kind: 'tekst' },
];

export const TEMPLATES: Readonly<Record<FundingForm, readonly TemplateField[]>> = {
  functie: [
    { key: 'openingsuren_per_week', label: 'Openingsuren per week', kind: 'decimaal', required: true },
    { key: 'bemensing_fte', label: 'Bemensing (fte)', kind: 'decimaal', required: true },
    { key: 'clienten_bereikt', label: 'Bereikte cliënten', kind: 'geheel', prefilled: true, required: true },
    { key: 'telefoongesprekken', label: 'Ontvangen telefoongesprekken', kind: 'geheel' },
    { key: 'vragen_afgehandeld', label: 'Afgehandelde vragen', kind: 'geheel', prefilled: true },
    { key: 'websitebezoeken', label: 'Bezoeken aan de website', kind: 'geheel' },
    ...EXPERIENCE_FIELDS,
  ],
  product: [
    { key: 'clienten_bereikt', label: 'Bereikte cliënten', kind: 'geheel', prefilled: true, required: true },
    { key: 'contactmomenten', label: 'Contactmomenten (gesprekken)', kind: 'geheel', prefilled: true },
    { key: 'verwijzingen', label: 'Verwijzingen naar andere aanbieders', kind: 'geheel', prefilled: true },
    { key: 'diensten', label: 'Geleverde diensten (aantal per dienst)', kind: 'verdeling', dimension: 'dienst', prefilled: true },
    { key: 'uren', label: 'Geleverde uren per dienst', kind: 'verdeling', dimension: 'dienst', decimals: true, prefilled: true },
    { key: 'clienten_per_doelgroep', label: 'Cliënten per doelgroep', kind: 'verdeling', dimension: 'doelgroep', prefilled: true },
    { key: 'clienten_per_wijk', label: 'Cliënten per wijk', kind: 'verdeling', dimension: 'wijk', prefilled: true },
    { key: 'clienten_per_leeftijd', label: 'Cliënten per leeftijdscategorie', kind: 'verdeling', dimension: 'leeftijd', prefilled: true },
    { key: 'clienten_per_levensdomein', label: 'Cliënten per levensdomein', kind: 'verdeling', dimension: 'levensdomein', prefilled: true },
    { key: 'uitgaven', label: 'Uitgaven (euro)', kind: 'bedrag', required: true },
    ...EXPERIENCE_FIELDS,
  ],
  project: [
    { key: 'plan_uitgevoerd', label: 'Is het plan uitgevoerd?', kind: 'janee', required: true },
    { key: 'doel_behaald', label: 'Is het doel behaald?', kind: 'janee', required: true },
    { key: 'onderliggende_analyse', label: 'Onderliggende analyse en beoogd effect', kind: 'tekst', required: true },
    { key: 'toelichting_resultaat', label: 'Toelichting op het resultaat', kind: 'tekst' },
    { key: 'uitgaven', label: 'Uitgaven (euro)', kind: 'bedrag' },
    ...EXPERIENCE_FIELDS,
  ],
  populatie: [
    { key: 'populatie_omschrijving', label: 'Omschrijving van de populatie (wijk, buurt of stadsdeel)', kind: 'tekst', required: true },
    { key: 'inwoners', label: 'Inwoners in de populatie', kind: 'geheel' },
    { key: 'clienten_bereikt', label: 'Bereikte cliënten', kind: 'geheel', prefilled: true },
    { key: 'clienten_per_leeftijd', label: 'Cliënten per leeftijdscategorie', kind: 'verdeling', dimension: 'leeftijd', prefilled: true },
    { key: 'resultaatgebieden', label: 'Score per afgesproken resultaatgebied (0–100)', kind: 'verdeling', dimension: 'resultaatgebied' },
    { key: 'ontwikkelingen', label: 'Ontwikkelingen op de resultaatgebieden', kind: 'tekst' },
    { key: 'uitgaven', label: 'Uitgaven (euro)', kind: 'bedrag' },
    ...EXPERIENCE_FIELDS,
  ],
};

export function templateFor(form: FundingForm): readonly TemplateField[] {
  return TEMPLATES[form];
}

export function isFundingForm(value: string): value is FundingForm {
  return (FUNDING_FORMS as readonly string[]).includes(value);
}
