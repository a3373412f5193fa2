/**
 * Labels of the social map's vocabularies for the public pages: Dutch from the domain, English here
 * (the domain's labels are Dutch data; residents who read English get these).
 */
import {
  ACCESSIBILITY_FEATURES,
  AGE_TERMS,
  CHANNELS,
  LIFE_DOMAIN_TERMS,
  STAFFING_TERMS,
  TARGET_SUBGROUPS,
  type Term,
} from '../../../domain/socialmap/taxonomy.ts';
import type { PageLang } from './html.ts';

const EN: Record<string, string> = {
  ouderen: 'Older people with physical, cognitive, psychogeriatric, material or sensory problems',
  'verstandelijke-beperking': 'People with a (mild) intellectual disability',
  'psychische-problemen': 'People with (chronic) psychosocial or psychiatric problems',
  autisme: 'People with autism',
  'chronisch-zieken': 'People with a chronic illness',
  'lichamelijke-beperking': 'People with a physical disability',
  nah: 'People with acquired brain injury',
  'zintuiglijke-problemen': 'People with sensory problems',
  'jonge-kinderen-ontwikkeling': 'Young children with (a risk of) developmental delay',
  'relationeel-geweld': 'People facing domestic or relationship violence',
  'financiele-problemen': 'People with money problems (benefits or debts)',
  'huishoudelijke-hulp': 'People who need help in the household',
  'werk-en-scholing': 'People with a disability who need support towards work or education',
  opvoeding: 'Families with a question about raising children',
  'problemen-bij-kinderen': 'Families with a question about problems of a child',
  'dak-en-thuislozen': 'Homeless people',
  'meervoudige-problematiek': 'People with several problems at once',
  '0-18': 'Children and young people (0 to 18)',
  '18-25': 'Young adults (18 to 25)',
  '25-65': 'Adults (25 to 65)',
  '65+': 'Older people (65 and over)',
  opvoeding_en_ontwikkeling: 'Raising children and development',
  zelfstandig_wonen_en_samenleven: 'Living independently',
  leren_en_werken: 'Learning and work',
  regelgeving_en_geldzaken: 'Rules and money',
  vrienden_en_relaties: 'Friends and relationships',
  vrije_tijd_en_sport: 'Free time and sport',
  telefoon: 'By phone',
  'e-mail': 'By email',
  website: 'Online',
  inloop: 'Walk-in hours',
  huisbezoek: 'Home visit',
  'openbaar-vervoer': 'Reachable by public transport',
  parkeren: 'Parking',
  rolstoeltoegankelijk: 'Wheelchair accessible',
  professioneel: 'Professionals',
  vrijwillig: 'Volunteers',
  beide: 'Professionals and volunteers',
};

/** Shorter Dutch labels for channels in the public pages (the domain's are for forms). */
const NL_SHORT: Record<string, string> = { website: 'Online' };

export const VOCABULARIES = {
  targetGroups: TARGET_SUBGROUPS as readonly Term[],
  ages: AGE_TERMS as readonly Term[],
  domains: LIFE_DOMAIN_TERMS as readonly Term[],
  channels: CHANNELS as readonly Term[],
  accessibility: ACCESSIBILITY_FEATURES as readonly Term[],
  staffing: STAFFING_TERMS as readonly Term[],
};

export function termLabel(terms: readonly Term[], code: string, lang: PageLang): string {
  if (lang === 'en') return EN[code] ?? code;
  return NL_SHORT[code] ?? terms.find((t) => t.code === code)?.label ?? code;
}

/** Language names for ISO 639-1 codes the demo uses; others show the code. */
const LANGUAGES: Record<string, [string, string]> = {
  nl: ['Nederlands', 'Dutch'], en: ['Engels', 'English'], tr: ['Turks', 'Turkish'], ar: ['Arabisch', 'Arabic'],
  de: ['Duits', 'German'], fr: ['Frans', 'French'], pl: ['Pools', 'Polish'], es: ['Spaans', 'Spanish'], uk: ['Oekraïens', 'Ukrainian'],
};
export const languageName = (code: string, lang: PageLang): string => LANGUAGES[code]?.[lang === 'en' ? 1 : 0] ?? code;
