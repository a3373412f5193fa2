import { percent, type RoundSummary } from './summary.ts';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Plain-Dutch sentences in the style of the minister's letters ("In 63% van de 403 gemeenten …"),
 * generated from the data of one round, for the dashboard and the round report.
 */
export function summarySentences(s: RoundSummary, referenceDate: string): string[] {
  const n = s.municipalities;
  const date = dateFormat.format(new Date(`${referenceDate}T00:00:00Z`));
  const noAgreements = s.byStage.geen + s.byStage.in_voorbereiding + (n - s.responded);
  const collegeOrFurther = s.byStage.college + s.byStage.definitief;
  const atLeastCivil = s.byStage.ambtelijk + collegeOrFurther;
  const sentences = [
    `Op peildatum ${date} hebben ${s.responded} van de ${n} gemeenten (${s.responseRate}%) de vragenlijst ingevuld.`,
    `In ${percent(noAgreements, n)}% van de ${n} gemeenten zijn (nog) geen afspraken met MEE gemaakt of is dat niet bekend.`,
  ];
  if (s.byStage.geen > 0) {
    const perTen = Math.round((s.byStage.geen * 10) / n);
    sentences.push(
      perTen >= 1
        ? `Bij ${perTen} op de 10 gemeenten zijn ook geen afspraken in voorbereiding.`
        : `Bij ${s.byStage.geen} gemeenten zijn ook geen afspraken in voorbereiding.`,
    );
  }
  sentences.push(`In ${percent(atLeastCivil, n)}% van de gemeenten zijn er ten minste ambtelijke afspraken met de MEE-organisatie.`);
  sentences.push(`In ${percent(collegeOrFurther, n)}% van de gemeenten zijn de afspraken op collegeniveau afgerond.`);
  sentences.push(
    s.byStage.definitief === 1
      ? 'Eén gemeente heeft een definitief contract of een definitieve subsidiebeschikking.'
      : `${s.byStage.definitief} gemeenten (${percent(s.byStage.definitief, n)}%) hebben een definitief contract of een definitieve subsidiebeschikking.`,
  );
  if (s.lagging.length) sentences.push(`${s.lagging.length} gemeenten blijven achter en krijgen aandacht in de opvolging.`);
  return sentences;
}
