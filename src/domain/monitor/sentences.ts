import { percent, type RoundSummary } from './summary.ts';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "63% van de 403 gemeenten (254 gemeenten)": a percentage always with its numerator and denominator. */
function ofAll(part: number, n: number): string {
  return `${percent(part, n)}% van de ${n} gemeenten (${part} ${part === 1 ? 'gemeente' : 'gemeenten'})`;
}

/**
 * Plain-Dutch sentences in the style of the minister's letters ("63% van de 403 gemeenten …",
 * seeds/000_6cdda7e4ab47aefe.txt vraag 1), generated from the transition monitor's data of one round.
 * Every percentage names its numerator and denominator (all municipalities of the round's division);
 * non-response is its own category and never counted as "no agreements" (issue 21 §2).
 */
export function summarySentences(s: RoundSummary, referenceDate: string): string[] {
  const n = s.municipalities;
  const date = dateFormat.format(new Date(`${referenceDate}T00:00:00Z`));
  const noAgreements = s.byStage.geen + s.byStage.in_voorbereiding;
  const collegeOrFurther = s.byStage.college + s.byStage.definitief;
  const atLeastCivil = s.byStage.ambtelijk + collegeOrFurther;
  const sentences = [`Op peildatum ${date} hebben ${s.responded} van de ${n} gemeenten (${s.responseRate}%) de vragenlijst van het Transitievolgsysteem ingevuld.`];
  if (s.nonResponse > 0) {
    sentences.push(`${s.nonResponse === 1 ? '1 gemeente' : `${s.nonResponse} gemeenten`} (${percent(s.nonResponse, n)}% van de ${n}) ${s.nonResponse === 1 ? 'heeft' : 'hebben'} niet geantwoord: daarvan is niet bekend hoe ver de afspraken zijn. Zij tellen niet mee als "geen afspraken".`);
  }
  sentences.push(`In ${ofAll(noAgreements, n)} zijn nog geen afspraken met MEE gemaakt.`);
  if (s.byStage.geen > 0) {
    const perTen = Math.round((s.byStage.geen * 10) / n);
    sentences.push(
      perTen >= 1
        ? `Bij ${perTen} op de 10 gemeenten (${s.byStage.geen} van de ${n}) zijn ook geen afspraken in voorbereiding.`
        : `Bij ${s.byStage.geen} van de ${n} gemeenten zijn ook geen afspraken in voorbereiding.`,
    );
  }
  sentences.push(`In ${ofAll(atLeastCivil, n)} zijn er ten minste ambtelijke afspraken met de MEE-organisatie.`);
  sentences.push(`In ${ofAll(collegeOrFurther, n)} zijn de afspraken op collegeniveau afgerond.`);
  sentences.push(
    s.byStage.definitief === 1
      ? `Eén gemeente (${percent(1, n)}% van de ${n}) heeft een definitief contract of een definitieve subsidiebeschikking.`
      : `${s.byStage.definitief} gemeenten (${percent(s.byStage.definitief, n)}% van de ${n}) hebben een definitief contract of een definitieve subsidiebeschikking.`,
  );
  sentences.push(...definitiveSentences(s));
  if (s.otherProviders.unknown > 0) {
    sentences.push(`Van ${s.otherProviders.unknown} van de ${s.responded} gemeenten die antwoordden is niet bekend of er afspraken zijn met andere aanbieders van cliëntondersteuning; dat telt niet als "geen".`);
  }
  if (s.lagging.length) sentences.push(`${s.lagging.length} gemeenten blijven achter en krijgen aandacht in de opvolging.`);
  return sentences;
}

/** The question on definitive agreements, worded as the round's questionnaire version asked it. */
function definitiveSentences(s: RoundSummary): string[] {
  const { meaning, ja, nee } = s.definitive;
  if (!meaning || ja + nee === 0) return [];
  const n = s.municipalities;
  const rest = `${nee} ${nee === 1 ? 'gemeente' : 'gemeenten'} (${percent(nee, n)}% van de ${n}) antwoordde nee; de overige gemeenten beantwoordden deze vraag niet.`;
  return meaning === 'verwachting'
    ? [`Vraag naar de verwachting: ${ja} van de ${n} gemeenten (${percent(ja, n)}%) verwachtten op 1 oktober 2014 definitieve afspraken (subsidiebeschikking of contract) te hebben; ${rest}`]
    : [`Vraag naar de realisatie: bij ${ja} van de ${n} gemeenten (${percent(ja, n)}%) zijn de definitieve afspraken (subsidiebeschikking of contract) daadwerkelijk gerealiseerd; ${rest}`];
}
