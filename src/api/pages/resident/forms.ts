/**
 * The two request forms of the front door as plain HTML (GOV.UK patterns): one question per page for
 * "Vraag een cliëntondersteuner" (place, question, contact, check), one page for "Vraag een andere
 * cliëntondersteuner"; an error summary on top that links to each field, fields that keep their values,
 * and a confirmation page with the reference number only (the answers travel by POST, never in the URL).
 */
import { CONTACT_WORKING_DAYS, type FieldError } from '../../../domain/portal/index.ts';
import { formatDutch, type IsoDate } from '../../../domain/cases/calendar.ts';
import { checkboxField, errorSummary, escapeHtml, hiddenFields, href, selectField, textArea, textField, type PageLang, type T } from './frame.ts';

export const STEPS = ['gemeente', 'vraag', 'contact', 'controle'] as const;
export type Step = (typeof STEPS)[number];

/** The fields each step asks; the last step shows all and asks for consent. */
export const STEP_FIELDS: Record<Step, readonly string[]> = {
  gemeente: ['gemeenteCode'],
  vraag: ['vraag'],
  contact: ['naam', 'telefoon', 'email'],
  controle: ['contactToestemming'],
};
const CARRIED = ['taal', 'csrfToken', 'dienst', 'gemeenteCode', 'vraag', 'naam', 'telefoon', 'email'] as const;

export interface FlowState {
  lang: PageLang;
  values: Record<string, string>;
  errors: FieldError[];
  municipalities: { code: string; name: string }[];
  /** The service the resident came from, by name (shown, and told to the supporter). */
  foundVia: string | null;
}

const carriedExcept = (s: FlowState, step: Step) => hiddenFields(s.values, CARRIED.filter((n) => !STEP_FIELDS[step].includes(n)));

function stepForm(t: T, s: FlowState, step: Step, inner: string): string {
  const n = STEPS.indexOf(step) + 1;
  const last = step === 'controle';
  return `<p class="naast-rd-caption">${t('resident.supporter.title')} · ${t('resident.form.stepOf', { step: n, steps: STEPS.length })}</p>
${errorSummary(t, s.errors)}
<form method="post" action="${last ? '/clientondersteuning/aanvragen/versturen' : '/clientondersteuning/aanvragen'}" novalidate>
<input type="hidden" name="stap" value="${step}">
${carriedExcept(s, step)}
${inner}
<div class="naast-rd-actions">
  <button class="utrecht-button utrecht-button--primary-action naast-rd-button" type="submit" name="actie" value="verder">${last ? t('resident.supporter.submit') : t('resident.form.next')}</button>
  ${n > 1 ? `<button class="utrecht-button utrecht-button--secondary-action naast-rd-button" type="submit" name="actie" value="terug" formaction="/clientondersteuning/aanvragen">${t('resident.form.back')}</button>` : ''}
</div>
</form>`;
}

export function supporterStep(t: T, s: FlowState, step: Step): string {
  const v = (name: string) => s.values[name] ?? '';
  switch (step) {
    case 'gemeente':
      return stepForm(
        t,
        s,
        step,
        `<p class="utrecht-paragraph">${t('resident.supporter.intro')}</p>
${selectField({ name: 'gemeenteCode', label: t('resident.form.municipality'), hint: t('resident.form.municipalityHint'), value: v('gemeenteCode'), errors: s.errors, options: s.municipalities, empty: t('resident.form.chooseMunicipality'), asHeading: true })}`,
      );
    case 'vraag':
      return stepForm(
        t,
        s,
        step,
        `${textArea({ name: 'vraag', label: t('resident.supporter.question'), hint: `${t('resident.supporter.questionHint')}${s.foundVia ? ` ${t('resident.supporter.foundVia', { name: s.foundVia })}` : ''}`, value: v('vraag'), errors: s.errors, asHeading: true })}`,
      );
    case 'contact':
      return stepForm(
        t,
        s,
        step,
        `<fieldset class="naast-rd-fieldset" aria-describedby="contact-uitleg">
<legend class="naast-rd-legend"><h1 class="utrecht-heading-1">${t('resident.form.contactTitle')}</h1></legend>
<p class="naast-rd-hint" id="contact-uitleg">${t('resident.form.contactHint')}</p>
${textField({ name: 'naam', label: `${t('resident.form.name')} ${t('resident.form.required')}`, hint: t('resident.form.nameHint'), value: v('naam'), errors: s.errors, autocomplete: 'name' })}
${textField({ name: 'telefoon', label: t('resident.form.phone'), value: v('telefoon'), errors: s.errors, autocomplete: 'tel', type: 'tel' })}
${textField({ name: 'email', label: t('resident.form.email'), value: v('email'), errors: s.errors, autocomplete: 'email', type: 'email' })}
</fieldset>`,
      );
    case 'controle': {
      const municipality = s.municipalities.find((m) => m.code === v('gemeenteCode'))?.name ?? v('gemeenteCode');
      const row = (label: string, value: string, goTo: Step) =>
        `<div><dt>${label}</dt><dd>${escapeHtml(value)}</dd><dd><button class="naast-rd-link-button" type="submit" name="naar" value="${goTo}" formaction="/clientondersteuning/aanvragen">${t('resident.form.change')}<span class="naast-rd-visually-hidden"> ${label.toLowerCase()}</span></button></dd></div>`;
      return stepForm(
        t,
        s,
        step,
        `<h1 class="utrecht-heading-1">${t('resident.supporter.checkTitle')}</h1>
<p class="utrecht-paragraph">${t('resident.supporter.checkIntro')}</p>
<dl class="naast-rd-summary" data-testid="check-answers">
  ${row(t('resident.form.municipality'), municipality, 'gemeente')}
  ${row(t('resident.supporter.question'), v('vraag'), 'vraag')}
  ${row(t('resident.form.name'), v('naam'), 'contact')}
  ${row(t('resident.form.contactTitle'), [v('telefoon'), v('email')].filter(Boolean).join('\n'), 'contact')}
</dl>
${checkboxField({ name: 'contactToestemming', label: `${t('resident.form.consent')} ${t('resident.form.required')}`, value: '', errors: s.errors, checked: v('contactToestemming') === 'ja' })}`,
      );
    }
  }
}

export function otherSupporterForm(t: T, s: FlowState & { signedIn: boolean }): string {
  const v = (name: string) => s.values[name] ?? '';
  return `<h1 class="utrecht-heading-1">${t('resident.other.title')}</h1>
<p class="utrecht-paragraph">${t('resident.other.intro')}</p>
${s.signedIn ? `<p class="utrecht-paragraph"><a class="utrecht-link" href="/portaal/mijn-vragen">${t('resident.other.signedIn')}</a></p>` : ''}
${errorSummary(t, s.errors)}
<form method="post" action="/clientondersteuning/andere-ondersteuner" novalidate>
${hiddenFields(s.values, ['taal', 'csrfToken'])}
${selectField({ name: 'gemeenteCode', label: `${t('resident.form.municipality')} ${t('resident.form.required')}`, value: v('gemeenteCode'), errors: s.errors, options: s.municipalities, empty: t('resident.form.chooseMunicipality') })}
${textField({ name: 'nummer', label: `${t('resident.other.reference')} ${t('resident.form.optional')}`, hint: t('resident.other.referenceHint'), value: v('nummer'), errors: s.errors, autocomplete: 'off' })}
${textArea({ name: 'reden', label: `${t('resident.other.reason')} ${t('resident.form.optional')}`, hint: t('resident.other.reasonHint'), value: v('reden'), errors: s.errors })}
<fieldset class="naast-rd-fieldset" aria-describedby="contact-uitleg">
<legend class="naast-rd-legend">${t('resident.form.contactTitle')}</legend>
<p class="naast-rd-hint" id="contact-uitleg">${t('resident.form.contactHint')}</p>
${textField({ name: 'naam', label: `${t('resident.form.name')} ${t('resident.form.required')}`, hint: t('resident.form.nameHint'), value: v('naam'), errors: s.errors, autocomplete: 'name' })}
${textField({ name: 'telefoon', label: t('resident.form.phone'), value: v('telefoon'), errors: s.errors, autocomplete: 'tel', type: 'tel' })}
${textField({ name: 'email', label: t('resident.form.email'), value: v('email'), errors: s.errors, autocomplete: 'email', type: 'email' })}
</fieldset>
${checkboxField({ name: 'contactToestemming', label: `${t('resident.form.consent')} ${t('resident.form.required')}`, value: '', errors: s.errors, checked: v('contactToestemming') === 'ja' })}
<div class="naast-rd-actions"><button class="utrecht-button utrecht-button--primary-action naast-rd-button" type="submit">${t('resident.other.submit')}</button></div>
</form>`;
}

/** Signed in with questions that have a supporter: choose one; the request is recorded in the case at once. */
export function otherSupporterOwnForm(t: T, s: FlowState, choices: { reference: string; askedOn: IsoDate; supporter: string }[]): string {
  const e = s.errors.find((x) => x.field === 'body.nummer');
  const radios = choices
    .map((c, i) => {
      const id = i === 0 ? 'veld-nummer' : `veld-nummer-${i}`;
      const label = t('resident.other.ownChoice', { reference: c.reference, date: formatDutch(c.askedOn), supporter: c.supporter });
      return `<div class="naast-rd-check"><input class="utrecht-radio-button" type="radio" id="${id}" name="nummer" value="${escapeHtml(c.reference)}"${s.values.nummer === c.reference ? ' checked' : ''}${e ? ' aria-describedby="veld-nummer-fout"' : ''}>
  <label class="utrecht-form-label utrecht-form-label--radio" for="${id}">${label}</label></div>`;
    })
    .join('\n');
  return `<h1 class="utrecht-heading-1">${t('resident.other.title')}</h1>
<p class="utrecht-paragraph">${t('resident.other.intro')}</p>
<p class="utrecht-paragraph">${t('resident.other.ownIntro')}</p>
${errorSummary(t, s.errors)}
<form method="post" action="/clientondersteuning/andere-ondersteuner" novalidate>
<input type="hidden" name="variant" value="eigen">
${hiddenFields(s.values, ['taal', 'csrfToken'])}
<fieldset class="naast-rd-fieldset">
<legend class="naast-rd-legend">${t('resident.other.ownLegend')}</legend>
${e ? `<p class="naast-rd-error" id="veld-nummer-fout"><span class="naast-rd-visually-hidden">Fout: </span>${escapeHtml(e.message)}</p>` : ''}
${radios}
</fieldset>
${textArea({ name: 'reden', label: `${t('resident.other.reason')} ${t('resident.form.optional')}`, hint: t('resident.other.reasonHint'), value: s.values.reden ?? '', errors: s.errors })}
<div class="naast-rd-actions"><button class="utrecht-button utrecht-button--primary-action naast-rd-button" type="submit">${t('resident.other.submit')}</button></div>
</form>
<p class="utrecht-paragraph"><a class="utrecht-link naast-rd-block" href="${href('/clientondersteuning/andere-ondersteuner', s.lang, { formulier: 'algemeen' })}">${t('resident.other.general')}</a></p>`;
}

export function donePage(t: T, lang: PageLang, reference: string | null): string {
  if (!reference) {
    return `<h1 class="utrecht-heading-1">${t('resident.done.title')}</h1>
<p class="utrecht-paragraph">${t('resident.done.expired')}</p>
<p class="utrecht-paragraph"><a class="utrecht-link naast-rd-block" href="${href('/', lang)}">${t('resident.done.home')}</a></p>`;
  }
  return `<div class="utrecht-alert utrecht-alert--ok" role="status">
<h1 class="utrecht-heading-1">${t('resident.done.title')}</h1>
<p class="utrecht-paragraph">${t('resident.done.number')}</p>
<p class="naast-rd-reference" data-testid="reference">${escapeHtml(reference)}</p>
</div>
<h2 class="utrecht-heading-2">${t('resident.done.next')}</h2>
<ul class="utrecht-unordered-list">
  <li>${t('resident.done.next1', { days: CONTACT_WORKING_DAYS })}</li>
  <li>${t('resident.done.next2')}</li>
  <li>${t('resident.done.next3')}</li>
</ul>
<p class="utrecht-paragraph naast-rd-noprint"><a class="utrecht-link naast-rd-block" href="${href('/', lang)}">${t('resident.done.home')}</a></p>`;
}
