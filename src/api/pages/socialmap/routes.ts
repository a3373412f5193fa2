/**
 * Public pages of the social map for residents, server-rendered so they work without JavaScript:
 * `/hulp-zoeken` (a GET form with results), `/hulp-zoeken/{dienstId}` (one service) and
 * `/veelgestelde-vragen?gemeente=` (the FAQ). They read the same services as the public API.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from '../../../db/sql.ts';
import type { AppInstance } from '../../types.ts';
import { searchServices, publicService, type PublicService } from '../../../services/socialmap/search.ts';
import { listFaq } from '../../../services/socialmap/faq.ts';
import { SocialMapNotFoundError } from '../../../services/socialmap/store.ts';
import { AGE_CATEGORIES, ageCategoryOf } from '../../../domain/socialmap/taxonomy.ts';
import { escapeHtml, href, page, PAGE_CSS, translator, type PageLang, type T } from './html.ts';
import { languageName, termLabel, VOCABULARIES } from './terms.ts';
import { safeReturnPath } from '../../../services/identity/oidc.ts';

const PAGE_SIZE = 10;
type Query = Record<string, string | undefined>;

const langOf = (q: Query): PageLang => (q.taal === 'en' ? 'en' : 'nl');
const clip = (v: string | undefined, max: number) => (v ?? '').trim().slice(0, max);
const oneOf = (v: string | undefined, terms: readonly { code: string }[]) => (v && terms.some((t) => t.code === v) ? v : undefined);

/** The search form's values; anything unknown is ignored rather than refused (a resident typed it). */
function searchParams(q: Query) {
  const age = q.leeftijd?.trim();
  const ageCategory = age && /^\d{1,3}$/.test(age) ? ageCategoryOf(Number(age)) : (AGE_CATEGORIES as readonly string[]).includes(age ?? '') ? (age as (typeof AGE_CATEGORIES)[number]) : undefined;
  return {
    vraag: clip(q.vraag, 300),
    plaats: clip(q.plaats, 100),
    gemeente: /^[a-z0-9-]{1,100}$/.test(q.gemeente ?? '') ? q.gemeente : undefined,
    leeftijd: ageCategory,
    doelgroep: oneOf(q.doelgroep, VOCABULARIES.targetGroups),
    domein: oneOf(q.domein, VOCABULARIES.domains),
    kanaal: oneOf(q.kanaal, VOCABULARIES.channels),
    pagina: Math.max(1, Math.min(1000, Number.parseInt(q.pagina ?? '1', 10) || 1)),
  };
}
type SearchParams = ReturnType<typeof searchParams>;

export async function socialMapPages(app: AppInstance): Promise<void> {
  // The built stylesheet's name has a content hash: read it from the web UI's index.html (served at
  // `/`), at most every ten seconds, so a rebuild is picked up; without a build the page CSS still works.
  let cached: { at: number; value: Promise<string[]> } | null = null;
  const stylesheets = () => {
    if (!cached || Date.now() - cached.at > 10_000) {
      cached = {
        at: Date.now(),
        value: app
          .inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } })
          .then((res) => (res.statusCode === 200 ? [...res.body.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!) : []))
          .catch(() => []),
      };
    }
    return cached.value;
  };

  const send = async (request: FastifyRequest, reply: FastifyReply, lang: PageLang, title: string, current: 'search' | 'faq', body: string, status = 200) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(page({ lang, title, stylesheets: await stylesheets(), url: new URL(request.url, 'http://x'), current, body }));

  app.get('/hulp-zoeken/pagina.css', { schema: { hide: true }, config: { access: { public: true } } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PAGE_CSS),
  );

  app.get('/hulp-zoeken', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const q = request.query as Query;
    const lang = langOf(q);
    const t = translator(lang);
    const p = searchParams(q);
    const searched = Object.keys(q).some((k) => !['taal', 'gemeente'].includes(k));
    const results = searched
      ? await searchServices(app.db, { question: p.vraag, place: p.plaats, municipalityCode: p.gemeente, ageCategory: p.leeftijd, targetGroup: p.doelgroep, lifeDomain: p.domein, channel: p.kanaal })
      : [];
    const body = `<h1 class="utrecht-heading-1">${t('socialmap.search.title')}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${t('socialmap.search.intro')}</p>
${searchForm(t, lang, p)}
${searched ? resultList(t, lang, p, results) : ''}
<p class="utrecht-paragraph naast-sk-noprint"><a class="utrecht-link" href="${href('/veelgestelde-vragen', lang, { gemeente: p.gemeente })}">${t('socialmap.search.faqLink')}</a></p>`;
    return send(request, reply, lang, translator(lang)('socialmap.search.title'), 'search', body);
  });

  app.get('/hulp-zoeken/:dienstId', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const q = request.query as Query;
    const lang = langOf(q);
    const t = translator(lang);
    const id = (request.params as { dienstId: string }).dienstId;
    let service: PublicService;
    try {
      service = await publicService(app.db, id);
    } catch (err) {
      if (!(err instanceof SocialMapNotFoundError)) throw err;
      const body = `<h1 class="utrecht-heading-1">${t('socialmap.search.title')}</h1>
<p class="utrecht-paragraph">${t('socialmap.detail.notFound')}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="${href('/hulp-zoeken', lang)}">${t('socialmap.detail.back')}</a></p>`;
      return send(request, reply, lang, t('socialmap.search.title'), 'search', body, 404);
    }
    const names = await municipalityNames(app, service.municipalityCodes);
    return send(request, reply, lang, service.name, 'search', serviceDetail(t, lang, service, names, q.terug));
  });

  app.get('/veelgestelde-vragen', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
    const q = request.query as Query;
    const lang = langOf(q);
    const t = translator(lang);
    const withFaq = await app.db.rows<{ code: string; name: string }>(sql`select m.code, m.name from municipalities m
      where exists (select 1 from socialmap_faq f where f.municipality_code = m.code and f.published) order by m.name`);
    const code = q.gemeente && withFaq.some((m) => m.code === q.gemeente) ? q.gemeente : withFaq.length === 1 ? withFaq[0]!.code : undefined;
    const entries = code ? await listFaq(app.db, code, true) : [];
    const chooser = `<form method="get" action="/veelgestelde-vragen" class="naast-sk-form naast-sk-noprint" aria-label="${t('socialmap.faq.chooseMunicipality')}">
  ${lang === 'en' ? '<input type="hidden" name="taal" value="en">' : ''}
  <div class="utrecht-form-field utrecht-form-field--select">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="faq-gemeente">${t('socialmap.faq.municipality')}</label></div>
    <div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="faq-gemeente" name="gemeente">
      ${withFaq.map((m) => `<option value="${escapeHtml(m.code)}"${m.code === code ? ' selected' : ''}>${escapeHtml(m.name)}</option>`).join('')}
    </select></div>
  </div>
  <div><button type="submit" class="utrecht-button utrecht-button--secondary-action">${t('socialmap.faq.show')}</button></div>
</form>`;
    const name = withFaq.find((m) => m.code === code)?.name;
    const body = `<h1 class="utrecht-heading-1">${t('socialmap.faq.title')}${name ? ` – ${escapeHtml(name)}` : ''}</h1>
<p class="utrecht-paragraph">${t('socialmap.faq.intro')}</p>
${withFaq.length > 1 ? chooser : ''}
<div class="naast-sk-faq">
${entries.length === 0 ? `<p class="utrecht-paragraph">${t('socialmap.faq.none')}</p>` : entries.map((e) => `<h2 class="utrecht-heading-2">${escapeHtml(e.question)}</h2>\n${paragraphs(e.answer)}`).join('\n')}
</div>
<p class="utrecht-paragraph naast-sk-noprint"><a class="utrecht-link" href="${href('/hulp-zoeken', lang, { gemeente: code })}">${t('socialmap.faq.search')}</a></p>`;
    return send(request, reply, lang, t('socialmap.faq.title'), 'faq', body);
  });
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p class="utrecht-paragraph">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

async function municipalityNames(app: AppInstance, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await app.db.rows<{ code: string; name: string }>(sql`select code, name from municipalities where code in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`);
  const byCode = new Map(rows.map((r) => [r.code, r.name]));
  return codes.map((c) => byCode.get(c) ?? c);
}

function select(t: T, id: string, name: string, label: string, any: string, options: readonly { code: string }[], value: string | undefined, lang: PageLang, labelOf = (code: string) => termLabel(options as never, code, lang)): string {
  return `<div class="utrecht-form-field utrecht-form-field--select">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${label}</label></div>
    <div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="${id}" name="${name}">
      <option value="">${any}</option>
      ${options.map((o) => `<option value="${escapeHtml(o.code)}"${o.code === value ? ' selected' : ''}>${escapeHtml(labelOf(o.code))}</option>`).join('')}
    </select></div>
  </div>`;
}

function textbox(id: string, name: string, label: string, hint: string, value: string, autocomplete: string): string {
  return `<div class="utrecht-form-field utrecht-form-field--text">
    <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${label}</label></div>
    <p class="naast-sk-hint" id="${id}-hint">${hint}</p>
    <div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input" type="text" id="${id}" name="${name}" value="${escapeHtml(value)}" aria-describedby="${id}-hint" autocomplete="${autocomplete}"></div>
  </div>`;
}

function searchForm(t: T, lang: PageLang, p: SearchParams): string {
  const moreOpen = p.leeftijd || p.doelgroep || p.domein || p.kanaal;
  return `<form method="get" action="/hulp-zoeken" class="naast-sk-form" role="search" aria-label="${t('socialmap.search.formLabel')}">
  ${lang === 'en' ? '<input type="hidden" name="taal" value="en">' : ''}
  ${p.gemeente ? `<input type="hidden" name="gemeente" value="${escapeHtml(p.gemeente)}">` : ''}
  <div class="naast-sk-wide">${textbox('zoek-vraag', 'vraag', t('socialmap.search.question'), t('socialmap.search.questionHint'), p.vraag, 'off')}</div>
  ${textbox('zoek-plaats', 'plaats', t('socialmap.search.place'), t('socialmap.search.placeHint'), p.plaats, 'address-level2')}
  ${select(t, 'zoek-leeftijd', 'leeftijd', t('socialmap.search.age'), t('socialmap.search.anyAge'), VOCABULARIES.ages, p.leeftijd, lang)}
  <details${moreOpen ? ' open' : ''}>
    <summary>${t('socialmap.search.more')}</summary>
    <div class="naast-sk-form">
      ${select(t, 'zoek-doelgroep', 'doelgroep', t('socialmap.search.targetGroup'), t('socialmap.search.anyone'), VOCABULARIES.targetGroups, p.doelgroep, lang)}
      ${select(t, 'zoek-domein', 'domein', t('socialmap.search.domain'), t('socialmap.search.anyDomain'), VOCABULARIES.domains, p.domein, lang)}
      ${select(t, 'zoek-kanaal', 'kanaal', t('socialmap.search.channel'), t('socialmap.search.anyChannel'), VOCABULARIES.channels, p.kanaal, lang)}
    </div>
  </details>
  <div><button type="submit" class="utrecht-button utrecht-button--primary-action">${t('socialmap.search.submit')}</button></div>
</form>`;
}

function searchQuery(p: SearchParams, page?: number): Record<string, string | undefined> {
  return { vraag: p.vraag || undefined, plaats: p.plaats || undefined, gemeente: p.gemeente, leeftijd: p.leeftijd, doelgroep: p.doelgroep, domein: p.domein, kanaal: p.kanaal, pagina: page && page > 1 ? String(page) : undefined };
}

function resultList(t: T, lang: PageLang, p: SearchParams, results: PublicService[]): string {
  const pages = Math.max(1, Math.ceil(results.length / PAGE_SIZE));
  const current = Math.min(p.pagina, pages);
  const shown = results.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const back = `/hulp-zoeken?${new URLSearchParams(Object.entries(searchQuery(p, current)).filter((e): e is [string, string] => !!e[1])).toString()}`;
  const count = results.length === 1 ? t('socialmap.search.countOne') : t('socialmap.search.count', { count: results.length });
  const items = shown
    .map((s) => {
      const places = [...new Set(s.locations.map((l) => l.city).filter(Boolean))];
      return `<li class="naast-sk-result">
  <h3 class="utrecht-heading-3"><a class="utrecht-link" href="${href(`/hulp-zoeken/${s.id}`, lang, { terug: back })}">${escapeHtml(s.name)}</a></h3>
  <p class="naast-sk-meta">${t('socialmap.search.by', { provider: s.provider.name })}</p>
  ${s.what ? `<p class="utrecht-paragraph">${escapeHtml(s.what)}</p>` : ''}
  <p class="naast-sk-meta">${places.length ? t('socialmap.search.where', { places: places.join(', ') }) : t('socialmap.search.noLocation')}${
    s.channels.length ? ` · ${s.channels.map((c) => escapeHtml(termLabel(VOCABULARIES.channels, c, lang))).join(', ')}` : ''
  }${s.phone ? ` · <a class="utrecht-link" href="tel:${escapeHtml(s.phone.replace(/[^0-9+]/g, ''))}">${escapeHtml(s.phone)}</a>` : ''}</p>
</li>`;
    })
    .join('\n');
  const nav =
    pages > 1
      ? `<nav class="naast-sk-pages naast-sk-noprint" aria-label="${t('socialmap.search.pages')}">
  ${current > 1 ? `<a class="utrecht-link" rel="prev" href="${href('/hulp-zoeken', lang, searchQuery(p, current - 1))}">${t('socialmap.search.previous')}</a>` : ''}
  <span aria-current="page">${t('socialmap.search.page', { page: current, pages })}</span>
  ${current < pages ? `<a class="utrecht-link" rel="next" href="${href('/hulp-zoeken', lang, searchQuery(p, current + 1))}">${t('socialmap.search.next')}</a>` : ''}
</nav>`
      : '';
  return `<section aria-labelledby="resultaten">
  <h2 class="utrecht-heading-2" id="resultaten">${t('socialmap.search.results')}</h2>
  <p class="utrecht-paragraph" role="status">${count}</p>
  ${results.length === 0 ? `<p class="utrecht-paragraph">${t('socialmap.search.none')}</p>` : `<ul class="naast-sk-results">\n${items}\n</ul>`}
  ${nav}
</section>`;
}

function serviceDetail(t: T, lang: PageLang, s: PublicService, areaNames: string[], back: string | undefined): string {
  // Only back to the search page of this site (never another host: see safeReturnPath).
  const safeBack = back ? safeReturnPath(back) : '/';
  const backHref = safeBack.startsWith('/hulp-zoeken') ? escapeHtml(safeBack + (lang === 'en' && !safeBack.includes('taal=') ? `${safeBack.includes('?') ? '&' : '?'}taal=en` : '')) : href('/hulp-zoeken', lang);
  const list = (codes: string[], terms: (typeof VOCABULARIES)[keyof typeof VOCABULARIES]) =>
    `<ul class="utrecht-unordered-list">${codes.map((c) => `<li>${escapeHtml(termLabel(terms, c, lang))}</li>`).join('')}</ul>`;
  const row = (label: string, value: string) => `<dt>${label}</dt><dd>${value}</dd>`;
  const contact = [
    s.phone ? row(t('socialmap.detail.phone'), `<a class="utrecht-link" href="tel:${escapeHtml(s.phone.replace(/[^0-9+]/g, ''))}">${escapeHtml(s.phone)}</a>`) : '',
    s.phoneHours ? row(t('socialmap.detail.phoneHours'), escapeHtml(s.phoneHours)) : '',
    s.email ? row(t('socialmap.detail.email'), `<a class="utrecht-link" href="mailto:${escapeHtml(s.email)}">${escapeHtml(s.email)}</a>`) : '',
    s.url ? row(t('socialmap.detail.website'), `<a class="utrecht-link" href="${escapeHtml(s.url)}">${escapeHtml(s.url)}</a>`) : '',
    s.walkInHours ? row(t('socialmap.detail.walkIn'), escapeHtml(s.walkInHours)) : '',
    s.homeVisits ? row(t('socialmap.detail.homeVisits'), t('socialmap.detail.homeVisitsYes')) : '',
    s.channels.length ? row(t('socialmap.detail.channels'), s.channels.map((c) => escapeHtml(termLabel(VOCABULARIES.channels, c, lang))).join(', ')) : '',
    row(t('socialmap.detail.costs'), s.freeOfCharge ? t('socialmap.detail.free') : t('socialmap.detail.notFree')),
    s.languages.length ? row(t('socialmap.detail.languages'), s.languages.map((l) => escapeHtml(languageName(l, lang))).join(', ')) : '',
    row(t('socialmap.detail.staffing'), escapeHtml(termLabel(VOCABULARIES.staffing, s.provider.staffing, lang))),
    areaNames.length ? row(t('socialmap.detail.area'), escapeHtml(areaNames.join(', '))) : '',
  ].join('');
  const locations = s.locations
    .map(
      (l) => `<h3 class="utrecht-heading-3">${escapeHtml(l.name)}</h3>
<dl class="naast-sk-dl">
  ${row(t('socialmap.detail.locations'), escapeHtml([l.address, [l.postalCode, l.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')))}
  ${l.openingHours ? row(t('socialmap.detail.openingHours'), escapeHtml(l.openingHours)) : ''}
  ${l.accessibility.length || l.accessibilityNotes ? row(t('socialmap.detail.accessibility'), `${l.accessibility.map((a) => escapeHtml(termLabel(VOCABULARIES.accessibility, a, lang))).join(', ')}${l.accessibilityNotes ? ` ${escapeHtml(l.accessibilityNotes)}` : ''}`) : ''}
</dl>`,
    )
    .join('\n');
  return `<p class="utrecht-paragraph naast-sk-noprint"><a class="utrecht-link" href="${backHref}">← ${t('socialmap.detail.back')}</a></p>
<h1 class="utrecht-heading-1">${escapeHtml(s.name)}</h1>
<p class="utrecht-paragraph">${t('socialmap.detail.by')}: <strong>${escapeHtml(s.provider.name)}</strong></p>
${s.description ? paragraphs(s.description) : ''}
${s.what ? `<h2 class="utrecht-heading-2">${t('socialmap.detail.what')}</h2>${paragraphs(s.what)}` : ''}
${s.how ? `<h2 class="utrecht-heading-2">${t('socialmap.detail.how')}</h2>${paragraphs(s.how)}` : ''}
<h2 class="utrecht-heading-2">${t('socialmap.detail.forWhom')}</h2>
${s.targetGroups.length ? list(s.targetGroups, VOCABULARIES.targetGroups) : `<p class="utrecht-paragraph">${t('socialmap.detail.everyone')}</p>`}
${s.ageCategories.length ? `<p class="utrecht-paragraph"><strong>${t('socialmap.detail.ages')}:</strong> ${s.ageCategories.map((a) => escapeHtml(termLabel(VOCABULARIES.ages, a, lang))).join(', ')}</p>` : ''}
${s.lifeDomains.length ? `<p class="utrecht-paragraph"><strong>${t('socialmap.detail.domains')}:</strong> ${s.lifeDomains.map((d) => escapeHtml(termLabel(VOCABULARIES.domains, d, lang))).join(', ')}</p>` : ''}
<h2 class="utrecht-heading-2">${t('socialmap.detail.contact')}</h2>
<dl class="naast-sk-dl">${contact}</dl>
${s.locations.length ? `<h2 class="utrecht-heading-2">${t('socialmap.detail.locations')}</h2>\n${locations}` : ''}`;
}
