/** The resident portal's API shapes, from the OpenAPI document (src/web/api/generated), and its texts. */
import type { components } from '../../api/generated/openapi.d.ts';
import { LIFE_DOMAINS } from '../../../domain/cases/model.ts';

export { LIFE_DOMAINS };

/** Residents read the life domains in their own words (the same as the page without JavaScript). */
export const DOMAIN_LABELS: Record<(typeof LIFE_DOMAINS)[number], { nl: string; en: string }> = {
  opvoeding_en_ontwikkeling: { nl: 'Opvoeden en opgroeien', en: 'Raising children and growing up' },
  zelfstandig_wonen_en_samenleven: { nl: 'Zelfstandig wonen en meedoen', en: 'Living independently and taking part' },
  leren_en_werken: { nl: 'Leren en werken', en: 'Learning and working' },
  regelgeving_en_geldzaken: { nl: 'Regels en geld', en: 'Rules and money' },
  vrienden_en_relaties: { nl: 'Vrienden en relaties', en: 'Friends and relationships' },
  vrije_tijd_en_sport: { nl: 'Vrije tijd en sport', en: 'Leisure and sport' },
};

/** POST /portaal/vragen: the receipt a resident gets for a question. */
export type Receipt = components['schemas']['Ontvangstbevestiging'];
/** GET /portaal/mijn-vragen: one of the resident's own questions. */
export type OwnQuestion = components['schemas']['EigenVraag'];

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `12 januari 2015` / `12 January 2015`. */
export function longDate(iso: string, lang: 'nl' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${(lang === 'nl' ? MONTHS : MONTHS_EN)[m! - 1]} ${y}`;
}
