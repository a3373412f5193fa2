/**
 * The search results (`/zoeken?vraag=&plaats=`) and one service (`/zoeken/{dienstId}`): each result
 * says why it fits, the first step and the cost; no results still give two ways on (the municipality's
 * general desk and the question form), so a search never ends the road.
 */
import { costOf, firstSteps, whyItFits, type FirstStep } from '../../../domain/resident/guide.ts';
import type { PublicService, SearchResult } from '../../../services/socialmap/search.ts';
import { escapeHtml, href, type PageLang, type T } from './frame.ts';
import { searchForm } from './home.ts';

export const PAGE_SIZE = 10;

export interface SearchView {
  vraag: string;
  plaats: string;
  pagina: number;
}

/**
 * What the search service adds to a result (issue 19 §2, src/services/socialmap/search.ts, worked on beside
 * these pages): `matchedBecause`, `firstStep` ({ kind, text }) and `cost`, in Dutch. Read without relying
 * on them, so this page works before and after; in English the page's own derivation is used.
 */
function fromService(s: PublicService, lang: PageLang): { why: string[] | null; firstStep: string | null; cost: string | null } {
  const o = s as unknown as Record<string, unknown>;
  const because = Array.isArray(o.matchedBecause) && o.matchedBecause.length > 0 && o.matchedBecause.every((x) => typeof x === 'string') ? (o.matchedBecause as string[]) : null;
  if (lang !== 'nl') return { why: because, firstStep: null, cost: null };
  const step = o.firstStep && typeof (o.firstStep as { text?: unknown }).text === 'string' ? (o.firstStep as { text: string }).text : null;
  return { why: because, firstStep: step, cost: typeof o.cost === 'string' && o.cost ? o.cost : null };
}

/** The service's own words, with its phone number as a link that dials (on a phone, one tap). */
function withPhoneLink(text: string, phone: string | null): string {
  const html = escapeHtml(text);
  return phone && html.includes(escapeHtml(phone)) ? html.replace(escapeHtml(phone), `<a class="utrecht-link" href="${escapeHtml(tel(phone))}">${escapeHtml(phone)}</a>`) : html;
}

const tel = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

export function stepHtml(t: T, lang: PageLang, step: FirstStep): string {
  switch (step.kind) {
    case 'telefoon': {
      const link = `<a class="utrecht-link" href="${escapeHtml(tel(step.phone))}">${escapeHtml(step.phone)}</a>`;
      const text = step.hours ? t('resident.step.phoneHours', { phone: '\u0000', hours: step.hours }) : t('resident.step.phone', { phone: '\u0000' });
      return text.replace('\u0000', link);
    }
    case 'inloop':
      return step.address ? t('resident.step.walkInAt', { hours: step.hours, address: step.address }) : t('resident.step.walkIn', { hours: step.hours });
    case 'formulier':
      return `<a class="utrecht-link" href="${escapeHtml(step.url)}">${t('resident.step.form')}</a>`;
    case 'email':
      return `<a class="utrecht-link" href="mailto:${escapeHtml(step.email)}">${t('resident.step.email')}</a> (${escapeHtml(step.email)})`;
    case 'ondersteuner':
      return `<a class="utrecht-link" href="${href('/clientondersteuning/aanvragen', lang)}">${t('resident.step.supporter')}</a>`;
  }
}

/** " · op 1,2 km" when the resident gave a postcode and the service has a location with coordinates. */
function distanceHint(t: T, s: PublicService, lang: PageLang): string {
  const km = (s as Partial<SearchResult>).distanceKm;
  if (typeof km !== 'number') return '';
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  return ` · ${t('resident.search.distance', { km: km.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}`;
}

/** GeoNames data is CC BY 4.0: the page that shows a distance names its source (data/socialmap/SOURCES.md). */
const distanceCredit = (t: T, shown: PublicService[]) =>
  shown.some((s) => typeof (s as Partial<SearchResult>).distanceKm === 'number')
    ? `<p class="utrecht-paragraph naast-rd-hint">${t('resident.search.distanceSource')}</p>`
    : '';

const fact = (label: string, value: string) => `<div><dt>${label}:</dt><dd>${value}</dd></div>`;

function resultItem(t: T, lang: PageLang, view: SearchView, s: PublicService): string {
  const given = fromService(s, lang);
  const why = given.why ?? whyItFits(view.vraag, s);
  const step = given.firstStep ? withPhoneLink(given.firstStep, s.phone) : stepHtml(t, lang, firstSteps(s)[0]!);
  const cost = given.cost ? escapeHtml(given.cost) : t(costOf(s) === 'gratis' ? 'resident.cost.free' : 'resident.cost.ask');
  const detail = href(`/zoeken/${s.id}`, lang, { vraag: view.vraag || undefined, plaats: view.plaats || undefined });
  return `<li class="naast-rd-result">
  <h3 class="utrecht-heading-3"><a class="utrecht-link" href="${detail}">${escapeHtml(s.name)}</a></h3>
  <p class="utrecht-paragraph naast-rd-hint">${t('resident.search.by', { provider: s.provider.name })}${distanceHint(t, s, lang)}</p>
  ${s.what ? `<p class="utrecht-paragraph">${escapeHtml(s.what)}</p>` : ''}
  <dl class="naast-rd-facts">
    ${fact(t('resident.search.why'), why.length ? t('resident.search.whyWords', { words: why.join(', ') }) : t('resident.search.whyGeneral'))}
    ${fact(t('resident.search.firstStep'), step)}
    ${fact(t('resident.search.cost'), cost)}
  </dl>
</li>`;
}

/** Zero results: the general desk and the question form; a resident always has a next step. */
function noResults(t: T, lang: PageLang, desks: PublicService[]): string {
  const desk = desks.length
    ? `<ul class="naast-rd-results">${desks
        .map((d) => `<li class="naast-rd-result"><h4 class="utrecht-heading-4"><a class="utrecht-link" href="${href(`/zoeken/${d.id}`, lang)}">${escapeHtml(d.name)}</a></h4>
  <p class="utrecht-paragraph naast-rd-hint">${t('resident.search.by', { provider: d.provider.name })}</p>
  <p class="utrecht-paragraph">${t('resident.search.deskText')}</p>
  <dl class="naast-rd-facts">${fact(t('resident.search.firstStep'), stepHtml(t, lang, firstSteps(d)[0]!))}${fact(t('resident.search.cost'), t(costOf(d) === 'gratis' ? 'resident.cost.free' : 'resident.cost.ask'))}</dl></li>`)
        .join('')}</ul>`
    : `<p class="utrecht-paragraph">${t('resident.search.noDesk')}</p>`;
  return `<h2 class="utrecht-heading-2" id="resultaten">${t('resident.search.noneTitle')}</h2>
<p class="utrecht-paragraph" role="status">${t('resident.search.noneText')}</p>
<h3 class="utrecht-heading-3">${t('resident.search.desk')}</h3>
${desk}
${askInstead(t, lang)}
<p class="utrecht-paragraph">${t('resident.search.tryOther')}</p>`;
}

function askInstead(t: T, lang: PageLang): string {
  return `<div class="naast-rd-ask" data-testid="ask-instead">
<h3 class="utrecht-heading-3">${t('resident.search.askInstead')}</h3>
<p class="utrecht-paragraph">${t('resident.search.askInsteadText')}</p>
<ul class="naast-rd-tasks">
  <li><a class="utrecht-link naast-rd-block" href="${href('/portaal/vraag-stellen', lang)}">${t('resident.home.task.ask')}</a></li>
  <li><a class="utrecht-link naast-rd-block" href="${href('/clientondersteuning/aanvragen', lang)}">${t('resident.home.task.supporter')}</a></li>
</ul>
</div>`;
}

export function resultsPage(t: T, lang: PageLang, view: SearchView, results: PublicService[], desks: PublicService[]): string {
  const form = searchForm(t, lang, view, { asHeading: false });
  if (!view.vraag && !view.plaats) {
    return `<h1 class="utrecht-heading-1">${t('resident.search.title')}</h1>\n${form}`;
  }
  const pages = Math.max(1, Math.ceil(results.length / PAGE_SIZE));
  const current = Math.min(view.pagina, pages);
  const shown = results.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const count = results.length === 1 ? t('resident.search.countOne') : t('resident.search.count', { count: results.length });
  const pageLink = (n: number) => href('/zoeken', lang, { vraag: view.vraag || undefined, plaats: view.plaats || undefined, pagina: n > 1 ? String(n) : undefined });
  const nav =
    pages > 1
      ? `<nav class="naast-rd-nav naast-rd-noprint" aria-label="${t('resident.search.pages')}"><ul>
  ${current > 1 ? `<li><a class="utrecht-link" rel="prev" href="${pageLink(current - 1)}">${t('resident.search.previous')}</a></li>` : ''}
  <li><span aria-current="page">${t('resident.search.page', { page: current, pages })}</span></li>
  ${current < pages ? `<li><a class="utrecht-link" rel="next" href="${pageLink(current + 1)}">${t('resident.search.next')}</a></li>` : ''}
</ul></nav>`
      : '';
  const found =
    results.length === 0
      ? noResults(t, lang, desks)
      : `<h2 class="utrecht-heading-2" id="resultaten">${t('resident.search.results')}</h2>
<p class="utrecht-paragraph" role="status">${count}</p>
<ul class="naast-rd-results" data-testid="results">
${shown.map((s) => resultItem(t, lang, view, s)).join('\n')}
</ul>
${distanceCredit(t, shown)}
${nav}
<h2 class="utrecht-heading-2">${t('resident.search.notWhat')}</h2>
${askInstead(t, lang)}`;
  return `<h1 class="utrecht-heading-1">${t('resident.search.title')}</h1>
${found}
<h2 class="utrecht-heading-2">${t('resident.search.again')}</h2>
${form}`;
}

export function servicePage(t: T, lang: PageLang, s: PublicService, view: Pick<SearchView, 'vraag' | 'plaats'>, municipalityCode: string | null): string {
  const back = href('/zoeken', lang, { vraag: view.vraag || undefined, plaats: view.plaats || undefined });
  const paragraphs = (text: string) =>
    text
      .split(/\n{2,}/)
      .map((p) => `<p class="utrecht-paragraph">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
      .join('\n');
  const steps = firstSteps(s);
  const contact = [
    s.phone ? fact(t('resident.detail.phone'), `<a class="utrecht-link" href="${escapeHtml(tel(s.phone))}">${escapeHtml(s.phone)}</a>${s.phoneHours ? ` (${escapeHtml(s.phoneHours)})` : ''}`) : '',
    s.walkInHours ? fact(t('resident.detail.walkIn'), escapeHtml(s.walkInHours)) : '',
    ...s.locations.map((l) => fact(t('resident.detail.address'), escapeHtml([l.name, l.address, [l.postalCode, l.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')))),
    s.email ? fact(t('resident.detail.email'), `<a class="utrecht-link" href="mailto:${escapeHtml(s.email)}">${escapeHtml(s.email)}</a>`) : '',
    s.url ? fact(t('resident.detail.website'), `<a class="utrecht-link" href="${escapeHtml(s.url)}">${escapeHtml(s.url)}</a>`) : '',
    fact(t('resident.search.cost'), t(costOf(s) === 'gratis' ? 'resident.cost.free' : 'resident.cost.ask')),
  ].join('');
  const request = href('/clientondersteuning/aanvragen', lang, { dienst: s.id, gemeente: municipalityCode ?? undefined });
  return `<p class="utrecht-paragraph naast-rd-noprint"><a class="utrecht-link naast-rd-block" href="${back}">← ${t('resident.detail.back')}</a></p>
<h1 class="utrecht-heading-1">${escapeHtml(s.name)}</h1>
<p class="utrecht-paragraph">${t('resident.search.by', { provider: s.provider.name })}</p>
${s.what ? `<h2 class="utrecht-heading-2">${t('resident.detail.what')}</h2>${paragraphs(s.what)}` : s.description ? paragraphs(s.description) : ''}
<h2 class="utrecht-heading-2">${t('resident.detail.firstStep')}</h2>
<ul class="naast-rd-steps" data-testid="first-steps">${steps.map((st) => `<li>${stepHtml(t, lang, st)}</li>`).join('')}</ul>
${s.homeVisits ? `<p class="utrecht-paragraph">${t('resident.detail.homeVisits')}</p>` : ''}
${s.how ? `<h2 class="utrecht-heading-2">${t('resident.detail.how')}</h2>${paragraphs(s.how)}` : ''}
<h2 class="utrecht-heading-2">${t('resident.detail.contact')}</h2>
<dl class="naast-rd-facts">${contact}</dl>
<h2 class="utrecht-heading-2">${t('resident.detail.helpTitle')}</h2>
<p class="utrecht-paragraph">${t('resident.detail.helpText')}</p>
<p class="utrecht-paragraph"><a class="naast-rd-cta" data-testid="request-supporter" href="${request}">${t('resident.detail.helpLink')}</a></p>`;
}
