import { LIFE_DOMAINS } from '../../domain/cases/index.ts';
import { formatDutch } from '../../domain/cases/calendar.ts';
import { RESIDENT_DOMAIN_LABELS, type FieldError } from '../../domain/portal/index.ts';
import type { Receipt } from '../../services/portal/questions.ts';

/**
 * The HTML of the server-rendered resident pages: plain HTML with the NL Design System (Utrecht)
 * class names and the web UI's built stylesheet, so the form works without JavaScript, looks like the
 * rest, prints cleanly and meets WCAG 2.1 AA (labels, an error summary with links, autocomplete).
 */

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const PAGE_CSS = `
.naast-portal-form .utrecht-form-field{margin-block:1.25rem}
.naast-portal-form .utrecht-textbox,.naast-portal-form .utrecht-select,.naast-portal-form .utrecht-textarea{max-inline-size:40rem;inline-size:100%}
.naast-portal-check{display:flex;gap:.5rem;align-items:flex-start;margin-block:.5rem}
.naast-portal-check input{inline-size:1.25rem;block-size:1.25rem;margin-block-start:.2rem}
.naast-portal-reference{font-size:1.75rem;font-weight:700;letter-spacing:.05em}
.naast-portal-error{color:var(--utrecht-form-field-error-message-color,#b30000);font-weight:700}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #000;outline-offset:2px}
@media print{.utrecht-page-header nav,.utrecht-skip-link,.naast-noprint{display:none}}`;

export interface Shell {
  title: string;
  stylesheets: string[];
  body: string;
}

export function page({ title, stylesheets, body }: Shell): string {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n    ');
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)} – Naast</title>
    ${links}
    <style>${PAGE_CSS}</style>
  </head>
  <body class="utrecht-theme">
    <div class="utrecht-page">
      <a class="utrecht-skip-link" href="#inhoud">Direct naar de inhoud</a>
      <header class="utrecht-page-header">
        <div class="naast-header"><a href="/" class="naast-logo">Naast <span class="naast-visually-hidden">– Onafhankelijke cliëntondersteuning</span></a></div>
        <nav class="naast-nav utrecht-nav-bar" aria-label="Hoofdmenu">
          <ul class="utrecht-nav-bar__list">
            <li class="utrecht-nav-bar__item"><a class="utrecht-nav-bar__link" href="/">Start</a></li>
            <li class="utrecht-nav-bar__item"><a class="utrecht-nav-bar__link" href="/portaal" aria-current="page">Hulp vragen</a></li>
          </ul>
        </nav>
      </header>
      <div class="utrecht-page-content">
        <main id="inhoud" class="naast-main">
${body}
        </main>
      </div>
      <footer class="utrecht-page-footer"><p class="utrecht-paragraph">Naast is open-source software (EUPL-1.2).</p></footer>
    </div>
  </body>
</html>`;
}

export interface FormState {
  values: Record<string, unknown>;
  errors: FieldError[];
  municipalities: { code: string; name: string }[];
  /** The session's CSRF token when a resident is signed in (the question is then linked to them). */
  csrfToken: string | null;
}

const FIELD_IDS: Record<string, string> = {
  'body.gemeenteCode': 'veld-gemeente',
  'body.vraag': 'veld-vraag',
  'body.levensdomeinen': 'veld-onderwerp-0',
  'body.naam': 'veld-naam',
  'body.telefoon': 'veld-telefoon',
  'body.email': 'veld-email',
  'body.contactToestemming': 'veld-toestemming',
};

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : typeof v === 'string' ? [v] : []);

function errorSummary(errors: FieldError[]): string {
  if (errors.length === 0) return '';
  const items = errors.map((e) => `<li><a class="utrecht-link" href="#${FIELD_IDS[e.field] ?? 'veld-vraag'}">${escapeHtml(e.message)}</a></li>`).join('');
  const count = errors.length === 1 ? 'Er is 1 ding niet goed ingevuld.' : `Er zijn ${errors.length} dingen niet goed ingevuld.`;
  return `<div class="utrecht-alert utrecht-alert--error" role="alert" aria-labelledby="fouten-titel">
  <h2 class="utrecht-heading-2" id="fouten-titel">${count} Verbeter het en verstuur de vraag opnieuw.</h2>
  <ul class="utrecht-unordered-list">${items}</ul></div>`;
}

/** A field's error, and the attributes that tie it to the input (aria-invalid, aria-describedby). */
function fieldError(errors: FieldError[], field: string, id: string, hint?: string): { html: string; attrs: string } {
  const e = errors.find((x) => x.field === field);
  const describedBy = [hint ? `${id}-uitleg` : '', e ? `${id}-fout` : ''].filter(Boolean).join(' ');
  return {
    html: e ? `<p class="utrecht-form-field-error-message naast-portal-error" id="${id}-fout">${escapeHtml(e.message)}</p>` : '',
    attrs: `${describedBy ? ` aria-describedby="${describedBy}"` : ''}${e ? ' aria-invalid="true"' : ''}`,
  };
}

function textField(s: FormState, input: { name: string; id: string; label: string; autocomplete: string; type?: string; hint?: string }): string {
  const f = fieldError(s.errors, `body.${input.name}`, input.id, input.hint);
  return `<div class="utrecht-form-field">
  <label class="utrecht-form-label" for="${input.id}">${input.label}</label>
  ${input.hint ? `<p class="utrecht-form-field-description" id="${input.id}-uitleg">${input.hint}</p>` : ''}${f.html}
  <input class="utrecht-textbox" type="${input.type ?? 'text'}" id="${input.id}" name="${input.name}" autocomplete="${input.autocomplete}" value="${escapeHtml(str(s.values[input.name]))}"${f.attrs}>
</div>`;
}

function checkbox(s: FormState, input: { name: string; id: string; value: string; label: string; checked: boolean; describedBy?: string }): string {
  return `<div class="naast-portal-check"><input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="${input.id}" name="${input.name}" value="${input.value}"${input.checked ? ' checked' : ''}${input.describedBy ?? ''}>
  <label class="utrecht-form-label utrecht-form-label--checkbox" for="${input.id}">${input.label}</label></div>`;
}

export function questionForm(s: FormState): string {
  const chosen = str(s.values.gemeenteCode);
  const m = fieldError(s.errors, 'body.gemeenteCode', 'veld-gemeente');
  const options = s.municipalities.map((x) => `<option value="${escapeHtml(x.code)}"${x.code === chosen ? ' selected' : ''}>${escapeHtml(x.name)}</option>`).join('');
  const q = fieldError(s.errors, 'body.vraag', 'veld-vraag', 'hint');
  const domains = list(s.values.levensdomeinen);
  const d = fieldError(s.errors, 'body.levensdomeinen', 'veld-onderwerp');
  const c = fieldError(s.errors, 'body.contactToestemming', 'veld-toestemming');
  const wants = ['ja', 'on', 'true'].includes(str(s.values.clientondersteunerGewenst));
  const consent = ['ja', 'on', 'true'].includes(str(s.values.contactToestemming));
  return `<h1 class="utrecht-heading-1">Stel uw vraag</h1>
<p class="utrecht-paragraph">Heeft u hulp nodig, of weet u niet waar u met uw vraag terecht kunt? Stel uw vraag hier. Een cliëntondersteuner van uw gemeente neemt dan contact met u op. Dat is gratis.</p>
<p class="utrecht-paragraph">U hoeft niet in te loggen. Velden met (verplicht) moet u invullen.</p>
${errorSummary(s.errors)}
<form class="naast-portal-form" method="post" action="/portaal/vraag-stellen" novalidate>
${s.csrfToken ? `<input type="hidden" name="csrfToken" value="${escapeHtml(s.csrfToken)}">` : ''}
<div class="utrecht-form-field">
  <label class="utrecht-form-label" for="veld-gemeente">In welke gemeente woont u? (verplicht)</label>${m.html}
  <select class="utrecht-select" id="veld-gemeente" name="gemeenteCode"${m.attrs}><option value="">Kies uw gemeente</option>${options}</select>
</div>
<div class="utrecht-form-field">
  <label class="utrecht-form-label" for="veld-vraag">Uw vraag (verplicht)</label>
  <p class="utrecht-form-field-description" id="veld-vraag-uitleg">Schrijf in uw eigen woorden waar u hulp bij zoekt.</p>${q.html}
  <textarea class="utrecht-textarea" id="veld-vraag" name="vraag" rows="6"${q.attrs}>${escapeHtml(str(s.values.vraag))}</textarea>
</div>
<fieldset class="utrecht-form-fieldset"${d.attrs}>
  <legend class="utrecht-form-fieldset__legend">Waar gaat uw vraag over? (niet verplicht)</legend>${d.html}
  ${LIFE_DOMAINS.map((code, i) => checkbox(s, { name: 'levensdomeinen', id: `veld-onderwerp-${i}`, value: code, label: RESIDENT_DOMAIN_LABELS[code], checked: domains.includes(code) })).join('\n  ')}
</fieldset>
<h2 class="utrecht-heading-2">Hoe kunnen wij u bereiken?</h2>
<p class="utrecht-paragraph">Vul uw telefoonnummer of uw e-mailadres in, of allebei.</p>
${textField(s, { name: 'naam', id: 'veld-naam', label: 'Uw naam (verplicht)', autocomplete: 'name' })}
${textField(s, { name: 'telefoon', id: 'veld-telefoon', label: 'Telefoonnummer', autocomplete: 'tel', type: 'tel' })}
${textField(s, { name: 'email', id: 'veld-email', label: 'E-mailadres', autocomplete: 'email', type: 'email' })}
<fieldset class="utrecht-form-fieldset">
  <legend class="utrecht-form-fieldset__legend">Cliëntondersteuning</legend>
  ${checkbox(s, { name: 'clientondersteunerGewenst', id: 'veld-ondersteuner', value: 'ja', label: 'Ik wil graag een cliëntondersteuner', checked: wants })}
  <p class="utrecht-form-field-description">Een cliëntondersteuner is gratis en onafhankelijk. Hij of zij helpt u, en beslist niet over uw aanvraag.</p>
</fieldset>
<div class="utrecht-form-field">${c.html}
  ${checkbox(s, { name: 'contactToestemming', id: 'veld-toestemming', value: 'ja', label: 'Ik geef toestemming dat de gemeente contact met mij opneemt over mijn vraag. (verplicht)', checked: consent, describedBy: c.attrs })}
</div>
<button class="utrecht-button utrecht-button--primary-action" type="submit">Vraag versturen</button>
</form>`;
}

export function receiptPage(r: Receipt): string {
  return `<h1 class="utrecht-heading-1">Uw vraag is verstuurd</h1>
<p class="utrecht-paragraph">Het nummer van uw vraag is:</p>
<p class="utrecht-paragraph naast-portal-reference" data-testid="portal-reference">${escapeHtml(r.reference)}</p>
<dl class="utrecht-data-list">
  <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Gemeente</dt><dd class="utrecht-data-list__item-value">${escapeHtml(r.municipality.name)}</dd></div>
  <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Verstuurd op</dt><dd class="utrecht-data-list__item-value">${formatDutch(r.askedOn)}</dd></div>
  <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Wij nemen contact op vóór of op</dt><dd class="utrecht-data-list__item-value">${formatDutch(r.next.contactBy)}</dd></div>
</dl>
<h2 class="utrecht-heading-2">Wat gebeurt er nu?</h2>
<ul class="utrecht-unordered-list" data-testid="portal-next-steps">${r.next.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>
<p class="utrecht-paragraph">Schrijf het nummer op of druk deze pagina af.</p>
<p class="utrecht-paragraph naast-noprint"><a class="utrecht-link" href="/portaal/vraag-stellen">Nog een vraag stellen</a></p>`;
}
