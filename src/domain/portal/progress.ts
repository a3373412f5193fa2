/**
 * The client process (Figuur 1) told to the resident in plain Dutch (B1): what is happening now with
 * their question, not the supporters' jargon. Every step of the domain has a sentence (checked by the
 * type), so a new step cannot reach a resident without one.
 */
import { isAtwWorkingDay } from '../cases/holidays.ts';
import { addDays, formatDutch, type IsoDate } from '../cases/calendar.ts';
import type { CloseReason, Step } from '../cases/process.ts';

export const RESIDENT_STEP_TEXT: Readonly<Record<Step, { title: string; text: string }>> = {
  eerste_contact: { title: 'Uw vraag is binnen', text: 'Een cliëntondersteuner leest uw vraag en neemt contact met u op.' },
  gesprek: { title: 'Kennismaken', text: 'U praat met uw cliëntondersteuner over uw situatie en wat u nodig heeft.' },
  vragen_verhelderen: { title: 'Uw vraag helder krijgen', text: 'Samen zoekt u uit wat uw vraag precies is en wat u wilt bereiken.' },
  oplossingen_afspreken: { title: 'Oplossingen afspreken', text: 'U spreekt samen af wat u zelf doet, wat mensen om u heen doen en welke hulp nodig is.' },
  toewijzing_voorzieningen: { title: 'Hulp aanvragen', text: 'Er is hulp of een voorziening aangevraagd. Uw cliëntondersteuner helpt u daarbij.' },
  arrangement: { title: 'De hulp loopt', text: 'De afgesproken hulp is begonnen. Uw cliëntondersteuner houdt contact met u.' },
  evaluatie: { title: 'Terugkijken', text: 'U kijkt samen terug: helpt de hulp, en is er nog iets nodig?' },
  afgesloten: { title: 'Afgerond', text: 'Deze vraag is afgerond. Heeft u een nieuwe vraag? Stel die gerust.' },
};

export const RESIDENT_CLOSE_TEXT: Readonly<Record<CloseReason, string>> = {
  afgerond: 'Afgerond nadat u samen terugkeek.',
  direct_beantwoord: 'Uw vraag is meteen beantwoord.',
  doorverwezen: 'U bent doorverwezen naar een organisatie die u verder helpt.',
  ingetrokken: 'U heeft laten weten dat u geen ondersteuning meer wilt.',
};

/** Within this many working days someone contacts the resident (the promise on the receipt). */
export const CONTACT_WORKING_DAYS = 5;

/** The working day `days` working days after `from` (weekends and Dutch public holidays skipped). */
export function addWorkingDays(from: IsoDate, days: number): IsoDate {
  let day = from;
  for (let left = days; left > 0; ) {
    day = addDays(day, 1);
    if (isAtwWorkingDay(day)) left--;
  }
  return day;
}

export interface NextSteps {
  contactBy: IsoDate;
  lines: string[];
}

/** What the receipt says happens next: plain words, and the promises the law makes (free, independent). */
export function nextSteps(askedOn: IsoDate, input: { municipalityName: string; wantsSupporter: boolean; contactBy: 'telefoon' | 'email' | 'beide' }): NextSteps {
  const contactBy = addWorkingDays(askedOn, CONTACT_WORKING_DAYS);
  const how = { telefoon: 'telefonisch', email: 'per e-mail', beide: 'telefonisch of per e-mail' }[input.contactBy];
  return {
    contactBy,
    lines: [
      `Uw vraag is doorgestuurd naar de cliëntondersteuning van de gemeente ${input.municipalityName}.`,
      `Uiterlijk op ${formatDutch(contactBy)} neemt iemand ${how} contact met u op.`,
      input.wantsSupporter
        ? 'U vroeg om een cliëntondersteuner. Die krijgt u: dat is uw recht.'
        : 'Samen kijkt u of een cliëntondersteuner u verder kan helpen.',
      'Cliëntondersteuning is gratis. De cliëntondersteuner is onafhankelijk: hij of zij beslist niet over uw aanvraag en staat naast u.',
      'Wilt u liever een andere cliëntondersteuner? Dat mag altijd. Zeg het, of vraag het aan als u bent ingelogd.',
      'Bewaar het nummer van uw vraag. Dan kunnen wij u sneller helpen als u belt.',
    ],
  };
}
