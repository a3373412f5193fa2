/**
 * The HTML shell of the social map's public pages: server-rendered, no JavaScript, NL Design System
 * (Utrecht) class names with the web UI's built stylesheet, a print stylesheet, `lang`, a skip link and
 * a language switch (`?taal=en`) through the same message catalogue as the web UI.
 */
import { socialmapEn } from '../../../web/i18n/socialmap.en.ts';
import { socialmapNl } from '../../../web/i18n/socialmap.nl.ts';

export type PageLang = 'nl' | 'en';
export type SocialMapKey = keyof typeof socialmapNl;

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A text of the catalogue with `{placeholders}` filled (and escaped). */
export function translator(lang: PageLang) {
  const catalogue: Record<string, string> = lang === 'en' ? socialmapEn : socialmapNl;
  return (key: SocialMapKey, params: Record<string, string | number> = {}): string =>
    escapeHtml(catalogue[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => escapeHtml(String(params[name] ?? '')));
}
export type T = ReturnType<typeof translator>;

/** Page CSS on top of the Utrecht components: layout, focus, and what a printed page leaves out. */
export const PAGE_CSS = `
.naast-sk{max-inline-size:60rem}
.naast-sk-header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between}
.naast-sk-logo{font-weight:700;font-size:1.25rem;color:inherit}
.naast-sk-form{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));align-items:end}
.naast-sk-form .naast-sk-wide{grid-column:1/-1}
.naast-sk-form .utrecht-form-field{margin:0}
.naast-sk-form .utrecht-textbox,.naast-sk-form .utrecht-select{inline-size:100%;max-inline-size:none}
.naast-sk-form details{grid-column:1/-1}
.naast-sk-form summary{cursor:pointer;font-weight:700;padding-block:.5rem}
.naast-sk-hint{color:#3b3b3b;font-size:.95rem;margin:0 0 .25rem}
.naast-sk-results{list-style:none;padding:0;margin:0}
.naast-sk-result{border-block-start:1px solid #767676;padding-block:1rem}
.naast-sk-result h3{margin-block:0 .25rem}
.naast-sk-meta{margin:.25rem 0;color:#3b3b3b}
.naast-sk-pages{display:flex;gap:1.5rem;flex-wrap:wrap;margin-block:1.5rem}
.naast-sk-dl{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.5rem 1rem;margin:0}
.naast-sk-dl dt{font-weight:700}
.naast-sk-dl dd{margin:0}
.naast-sk-faq h2{font-size:1.25rem;margin-block:1.5rem .5rem}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #000;outline-offset:2px}
.naast-sk-visually-hidden{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{
  .utrecht-skip-link,.naast-sk-noprint,nav,form{display:none!important}
  body{font-size:11pt;color:#000;background:#fff}
  a{color:#000;text-decoration:none}
  a[href^="http"]::after,a[href^="mailto:"]::after{content:" (" attr(href) ")";font-size:.9em}
  .naast-sk-result{break-inside:avoid}
}`;

export interface Shell {
  lang: PageLang;
  title: string;
  stylesheets: string[];
  /** Path and query of this page, to build the language switch. */
  url: URL;
  current: 'search' | 'faq';
  body: string;
}

/** The same page in the other language: the query stays, `taal` flips. */
export function languageSwitch(url: URL, lang: PageLang): string {
  const other = new URL(url.toString());
  if (lang === 'nl') other.searchParams.set('taal', 'en');
  else other.searchParams.delete('taal');
  return `${other.pathname}${other.search}`;
}

/** A link within the pages that keeps the language. */
export function href(path: string, lang: PageLang, params: Record<string, string | undefined> = {}): string {
  const url = new URL(path, 'http://x');
  for (const [k, v] of Object.entries(params)) if (v) url.searchParams.set(k, v);
  if (lang === 'en') url.searchParams.set('taal', 'en');
  return escapeHtml(`${url.pathname}${url.search}`);
}

export function page(shell: Shell): string {
  const t = translator(shell.lang);
  const otherLang = shell.lang === 'nl' ? 'en' : 'nl';
  const links = shell.stylesheets.map((s) => `<link rel="stylesheet" href="${escapeHtml(s)}">`).join('\n    ');
  const nav = (key: 'search' | 'faq', path: string, label: SocialMapKey) =>
    `<li class="utrecht-nav-bar__item"><a class="utrecht-nav-bar__link" href="${href(path, shell.lang)}"${shell.current === key ? ' aria-current="page"' : ''}>${t(label)}</a></li>`;
  return `<!doctype html>
<html lang="${shell.lang}">
  <head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(shell.title)} – ${t('socialmap.public.siteName')}</title>
    ${links}
    <link rel="stylesheet" href="/hulp-zoeken/pagina.css">
  </head>
  <body class="utrecht-theme">
    <div class="utrecht-page">
      <a class="utrecht-skip-link" href="#inhoud">${t('socialmap.public.skip')}</a>
      <header class="utrecht-page-header">
        <div class="naast-sk-header">
          <a class="naast-sk-logo" href="${href('/hulp-zoeken', shell.lang)}">Naast – ${t('socialmap.public.siteName')}</a>
          <a class="utrecht-link naast-sk-noprint" href="${escapeHtml(languageSwitch(shell.url, shell.lang))}" lang="${otherLang}" hreflang="${otherLang}" aria-label="${t('socialmap.public.otherLanguageLabel')}">${t('socialmap.public.otherLanguage')}</a>
        </div>
        <nav class="utrecht-nav-bar" aria-label="${t('socialmap.public.nav')}">
          <ul class="utrecht-nav-bar__list">
            ${nav('search', '/hulp-zoeken', 'socialmap.public.navSearch')}
            ${nav('faq', '/veelgestelde-vragen', 'socialmap.public.navFaq')}
          </ul>
        </nav>
      </header>
      <div class="utrecht-page-content">
        <main id="inhoud" tabindex="-1" class="naast-sk">
${shell.body}
        </main>
      </div>
      <footer class="utrecht-page-footer"><p class="utrecht-paragraph">${t('socialmap.public.footer')}</p></footer>
    </div>
  </body>
</html>`;
}

