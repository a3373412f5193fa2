/**
 * The frame of the residents' front door (issue 19): server-rendered HTML with the NL Design System
 * (Utrecht) class names and the web UI's built stylesheet, like the portal and social map pages; a skip
 * link, a visible focus, `lang`, a language switch (`?taal=en`) through the one message catalogue, and a
 * phone-first layout: at 390 px nothing scrolls sideways and every control is at least 44 px high
 * (WCAG 2.5.5, and GOV.UK's touch-target advice).
 */
import type { FieldError } from '../../../domain/portal/index.ts';
import { residentEn } from '../../../web/i18n/resident.en.ts';
import { residentNl } from '../../../web/i18n/resident.nl.ts';
import { escapeHtml, href, languageSwitch, type PageLang } from '../socialmap/html.ts';

export { escapeHtml, href, type PageLang };
export type ResidentKey = keyof typeof residentNl;

/** A text of the catalogue with `{placeholders}` filled (and escaped). */
export function translator(lang: PageLang) {
  const catalogue: Record<string, string> = lang === 'en' ? residentEn : residentNl;
  return (key: ResidentKey, params: Record<string, string | number> = {}): string =>
    escapeHtml(catalogue[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => escapeHtml(String(params[name] ?? '')));
}
export type T = ReturnType<typeof translator>;

export const langOf = (v: unknown): PageLang => (v === 'en' ? 'en' : 'nl');

const PAGE_CSS = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-size:1.0625rem;line-height:1.5;overflow-wrap:break-word}
.naast-rd-page{max-inline-size:48rem;margin-inline:auto;padding-inline:1rem}
.naast-rd-top{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding-block:.5rem}
.naast-rd-logo{font-weight:700;font-size:1.25rem;color:inherit}
.naast-rd-nav ul{display:flex;flex-wrap:wrap;gap:0 1rem;list-style:none;margin:0;padding:0}
.naast-rd-nav a,.naast-rd-top a,.naast-rd-block,.naast-rd-footer a{display:inline-flex;align-items:center;min-block-size:44px;padding-block:.25rem}
.naast-rd-nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
.naast-rd-main{padding-block:1rem 2rem}
.naast-rd-main h1{font-size:clamp(1.75rem,6vw,2.25rem);line-height:1.2;margin-block:.5rem 1rem}
.naast-rd-main h2{font-size:1.375rem;margin-block:1.75rem .5rem}
.naast-rd-main h3,.naast-rd-main h4{font-size:1.125rem;margin-block:1.25rem .25rem}
.naast-rd-result h3,.naast-rd-result h4{margin-block-start:0}
.naast-rd-field{margin-block:0 1.25rem}
.naast-rd-field label,.naast-rd-legend{display:block;font-weight:700;margin-block-end:.25rem}
.naast-rd-legend{font-size:1.375rem;padding:0}
.naast-rd-hint{color:#3b3b3b;margin:0 0 .5rem}
.naast-rd-input{display:block;inline-size:100%;max-inline-size:40rem;min-block-size:48px;padding:.5rem .75rem;font:inherit;border:2px solid #3b3b3b;border-radius:0;background:#fff;color:#000}
textarea.naast-rd-input{min-block-size:8rem}
.naast-rd-input[aria-invalid=true]{border-color:#b30000;border-width:3px}
.naast-rd-error{color:#b30000;font-weight:700;margin:0 0 .5rem}
.naast-rd-errors{border:4px solid #b30000;padding:1rem;margin-block:1rem 1.5rem}
.naast-rd-errors h2{margin-block:0 .5rem;font-size:1.25rem}
.naast-rd-errors a{color:#b30000;font-weight:700}
.naast-rd-check{display:flex;gap:.75rem;align-items:flex-start;min-block-size:44px}
.naast-rd-check input{inline-size:28px;block-size:28px;margin:.1rem 0 0;flex:none}
.naast-rd-check label{font-weight:400}
fieldset.naast-rd-fieldset{border:0;margin:0 0 1.25rem;padding:0;min-inline-size:0}
.naast-rd-button,.naast-rd-main .utrecht-button{min-block-size:48px;min-inline-size:44px;padding:.5rem 1.25rem;font:inherit;font-weight:700;cursor:pointer}
.naast-rd-actions{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin-block:1.5rem}
.naast-rd-search{background:#f3f3f3;padding:1rem;margin-block:1rem}
.naast-rd-tasks{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}
.naast-rd-tasks li{border-inline-start:6px solid #24578f;padding:.25rem .75rem}
.naast-rd-tasks a{font-weight:700;font-size:1.125rem}
.naast-rd-tasks p{margin:.25rem 0 0}
.naast-rd-results{list-style:none;margin:0;padding:0}
.naast-rd-result{border-block-start:1px solid #767676;padding-block:1rem}
.naast-rd-facts{margin:.5rem 0 0;display:grid;grid-template-columns:minmax(0,1fr);gap:.25rem}
.naast-rd-facts div{display:flex;flex-wrap:wrap;gap:0 .5rem}
.naast-rd-facts dt{font-weight:700}
.naast-rd-facts dd{margin:0;min-inline-size:0}
.naast-rd-summary{margin:0 0 1.5rem;padding:0}
.naast-rd-summary div{border-block-end:1px solid #b1b4b6;padding-block:.75rem;display:grid;gap:.25rem}
.naast-rd-summary dt{font-weight:700}
.naast-rd-summary dd{margin:0;white-space:pre-line}
.naast-rd-reference{font-size:clamp(1.25rem,6.5vw,1.75rem);font-weight:700;letter-spacing:.03em;border:4px solid #00703c;padding:.75rem;display:inline-block;max-inline-size:100%;overflow-wrap:anywhere}
.naast-rd-staff{font-size:.95rem}
.naast-rd-cta{display:inline-flex;align-items:center;min-block-size:48px;padding:.5rem 1.25rem;background:#24578f;color:#fff;font-weight:700;text-decoration:none}
.naast-rd-cta:hover{background:#173a60;color:#fff}
.naast-rd-facts a,.naast-rd-steps a{display:inline-flex;align-items:center;min-block-size:44px}
.naast-rd-steps{list-style:none;margin:0;padding:0}
.naast-rd-steps li{border-inline-start:4px solid #24578f;padding:.25rem .75rem;margin-block:.5rem}
.naast-rd-caption{color:#3b3b3b;margin:0}
.naast-rd-link-button{background:none;border:0;padding:0;min-block-size:44px;color:#24578f;text-decoration:underline;font:inherit;cursor:pointer}
.naast-rd-visually-hidden{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #000;outline-offset:2px;box-shadow:0 0 0 6px #ffdd00}
@media print{.utrecht-skip-link,.naast-rd-noprint,nav{display:none!important}}`;

export type Current = 'start' | 'search' | 'ask' | 'about' | null;

export interface Shell {
  lang: PageLang;
  title: string;
  stylesheets: string[];
  /** Path and query of this page, for the language switch (never holds personal data: forms post). */
  url: URL;
  current: Current;
  body: string;
}

export function page(shell: Shell): string {
  const t = translator(shell.lang);
  const otherLang = shell.lang === 'nl' ? 'en' : 'nl';
  const links = shell.stylesheets.map((s) => `<link rel="stylesheet" href="${escapeHtml(s)}">`).join('\n    ');
  const nav = (key: Exclude<Current, null>, path: string, label: ResidentKey) =>
    `<li><a class="utrecht-link" href="${href(path, shell.lang)}"${shell.current === key ? ' aria-current="page"' : ''}>${t(label)}</a></li>`;
  return `<!doctype html>
<html lang="${shell.lang}">
  <head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(shell.title)} – ${t('resident.site')}</title>
    ${links}
    <style>${PAGE_CSS}</style>
  </head>
  <body class="utrecht-theme utrecht-document">
    <a class="utrecht-skip-link" href="#inhoud">${t('resident.skip')}</a>
    <div class="utrecht-page naast-rd-page">
      <header class="utrecht-page-header">
        <div class="naast-rd-top">
          <a class="naast-rd-logo" href="${href('/', shell.lang)}">Naast <span class="naast-rd-visually-hidden">– ${t('resident.site')}</span></a>
          <a class="utrecht-link naast-rd-noprint" href="${escapeHtml(languageSwitch(shell.url, shell.lang))}" lang="${otherLang}" hreflang="${otherLang}" aria-label="${t('resident.otherLanguageLabel')}">${t('resident.otherLanguage')}</a>
        </div>
        <nav class="naast-rd-nav" aria-label="${t('resident.nav')}">
          <ul>
            ${nav('start', '/', 'resident.nav.start')}
            ${nav('search', '/zoeken', 'resident.nav.search')}
            ${nav('ask', '/portaal/vraag-stellen', 'resident.nav.ask')}
            ${nav('about', '/clientondersteuning', 'resident.nav.about')}
          </ul>
        </nav>
      </header>
      <main id="inhoud" tabindex="-1" class="naast-rd-main">
${shell.body}
      </main>
      <footer class="utrecht-page-footer naast-rd-footer">
        <p class="utrecht-paragraph">${t('resident.footer')}</p>
        <p class="utrecht-paragraph naast-rd-staff naast-rd-noprint"><a class="utrecht-link" href="/inloggen">${t('resident.staff')}</a></p>
      </footer>
    </div>
  </body>
</html>`;
}

// --- Form parts (GOV.UK patterns: an error summary on top linking to each field, errors at the field) ---

/** The id of the input a field's error links to. */
export const fieldId = (field: string): string => `veld-${field.replace(/^body\./, '')}`;

export function errorSummary(t: T, errors: FieldError[]): string {
  if (errors.length === 0) return '';
  const title = errors.length === 1 ? t('resident.form.errorsOne') : t('resident.form.errorsMany', { count: errors.length });
  const items = errors.map((e) => `<li><a href="#${fieldId(e.field)}">${escapeHtml(e.message)}</a></li>`).join('');
  return `<div class="utrecht-alert utrecht-alert--error naast-rd-errors" role="alert" aria-labelledby="fouten-titel" tabindex="-1">
  <h2 class="utrecht-heading-2" id="fouten-titel">${title} ${t('resident.form.errorsFix')}</h2>
  <ul class="utrecht-unordered-list">${items}</ul>
</div>`;
}

interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  value: string;
  errors: FieldError[];
  autocomplete?: string;
  type?: string;
  /** Names the field as a page heading (one question per page). */
  asHeading?: boolean;
}

function described(spec: FieldSpec): { id: string; error: string; attrs: string; hint: string } {
  const id = fieldId(spec.name);
  const e = spec.errors.find((x) => x.field === `body.${spec.name}`);
  const by = [spec.hint ? `${id}-uitleg` : '', e ? `${id}-fout` : ''].filter(Boolean).join(' ');
  return {
    id,
    hint: spec.hint ? `<p class="naast-rd-hint" id="${id}-uitleg">${spec.hint}</p>` : '',
    error: e ? `<p class="naast-rd-error" id="${id}-fout"><span class="naast-rd-visually-hidden">Fout: </span>${escapeHtml(e.message)}</p>` : '',
    attrs: `${by ? ` aria-describedby="${by}"` : ''}${e ? ' aria-invalid="true"' : ''}`,
  };
}

const labelOf = (spec: FieldSpec, id: string) => {
  const label = `<label class="utrecht-form-label" for="${id}">${spec.label}</label>`;
  return spec.asHeading ? `<h1 class="utrecht-heading-1">${label}</h1>` : label;
};

export function textField(spec: FieldSpec): string {
  const d = described(spec);
  return `<div class="utrecht-form-field naast-rd-field">
  ${labelOf(spec, d.id)}
  ${d.hint}${d.error}
  <input class="utrecht-textbox naast-rd-input" type="${spec.type ?? 'text'}" id="${d.id}" name="${spec.name}" value="${escapeHtml(spec.value)}"${spec.autocomplete ? ` autocomplete="${spec.autocomplete}"` : ''}${d.attrs}>
</div>`;
}

export function textArea(spec: FieldSpec): string {
  const d = described(spec);
  return `<div class="utrecht-form-field naast-rd-field">
  ${labelOf(spec, d.id)}
  ${d.hint}${d.error}
  <textarea class="utrecht-textarea naast-rd-input" id="${d.id}" name="${spec.name}" rows="6"${d.attrs}>${escapeHtml(spec.value)}</textarea>
</div>`;
}

export function selectField(spec: FieldSpec & { options: { code: string; name: string }[]; empty: string }): string {
  const d = described(spec);
  const options = spec.options.map((o) => `<option value="${escapeHtml(o.code)}"${o.code === spec.value ? ' selected' : ''}>${escapeHtml(o.name)}</option>`).join('');
  return `<div class="utrecht-form-field naast-rd-field">
  ${labelOf(spec, d.id)}
  ${d.hint}${d.error}
  <select class="utrecht-select naast-rd-input" id="${d.id}" name="${spec.name}"${spec.autocomplete ? ` autocomplete="${spec.autocomplete}"` : ''}${d.attrs}><option value="">${spec.empty}</option>${options}</select>
</div>`;
}

export function checkboxField(spec: FieldSpec & { checked: boolean }): string {
  const d = described(spec);
  return `<div class="utrecht-form-field naast-rd-field">${d.error}
  <div class="naast-rd-check"><input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="${d.id}" name="${spec.name}" value="ja"${spec.checked ? ' checked' : ''}${d.attrs}>
  <label class="utrecht-form-label utrecht-form-label--checkbox" for="${d.id}">${spec.label}</label></div>
</div>`;
}

/** Answers of earlier steps travel in the form itself (POST), never in the address. */
export function hiddenFields(values: Record<string, string>, names: readonly string[]): string {
  return names
    .filter((n) => values[n])
    .map((n) => `<input type="hidden" name="${n}" value="${escapeHtml(values[n]!)}">`)
    .join('\n');
}
