/** The start page `/` for residents and the page "what is client support and what does it cost". */
import { href, textField, type PageLang, type T } from './frame.ts';

/** The one question with a place, as a GET form: the search page's address can be shared and bookmarked. */
export function searchForm(t: T, lang: PageLang, values: { vraag: string; plaats: string }, opts: { asHeading: boolean }): string {
  return `<form method="get" action="/zoeken" class="naast-rd-search" role="search" aria-label="${t('resident.home.title')}">
  ${lang === 'en' ? '<input type="hidden" name="taal" value="en">' : ''}
  ${textField({ name: 'vraag', label: t('resident.home.question'), hint: `${opts.asHeading ? `${t('resident.home.intro')} ` : ''}${t('resident.home.questionHint')}`, value: values.vraag, errors: [], autocomplete: 'off', asHeading: opts.asHeading })}
  ${textField({ name: 'plaats', label: t('resident.home.place'), hint: t('resident.home.placeHint'), value: values.plaats, errors: [], autocomplete: 'address-level2' })}
  <button class="utrecht-button utrecht-button--primary-action naast-rd-button" type="submit">${t('resident.home.submit')}</button>
</form>`;
}

export function homePage(t: T, lang: PageLang): string {
  const task = (path: string, title: Parameters<T>[0], text: Parameters<T>[0]) =>
    `<li><a class="utrecht-link naast-rd-block" href="${href(path, lang)}">${t(title)}</a><p class="utrecht-paragraph">${t(text)}</p></li>`;
  return `${searchForm(t, lang, { vraag: '', plaats: '' }, { asHeading: true })}
<h2 class="utrecht-heading-2">${t('resident.home.tasks')}</h2>
<ul class="naast-rd-tasks">
  ${task('/portaal/vraag-stellen', 'resident.home.task.ask', 'resident.home.task.askText')}
  ${task('/clientondersteuning/aanvragen', 'resident.home.task.supporter', 'resident.home.task.supporterText')}
  ${task('/clientondersteuning/andere-ondersteuner', 'resident.home.task.other', 'resident.home.task.otherText')}
  ${task('/clientondersteuning', 'resident.home.task.about', 'resident.home.task.aboutText')}
</ul>`;
}

/** Sources: Wmo 2015 art. 2.2.4 lid 1 onder a; Handreiking cliëntondersteuning (2014) §2 and Bijlage 2. */
export function aboutPage(t: T, lang: PageLang): string {
  return `<h1 class="utrecht-heading-1">${t('resident.about.title')}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${t('resident.about.intro')}</p>
<h2 class="utrecht-heading-2">${t('resident.about.whatTitle')}</h2>
<ul class="utrecht-unordered-list">
  <li>${t('resident.about.what1')}</li><li>${t('resident.about.what2')}</li><li>${t('resident.about.what3')}</li><li>${t('resident.about.what4')}</li>
</ul>
<h2 class="utrecht-heading-2" id="kosten">${t('resident.about.costTitle')}</h2>
<p class="utrecht-paragraph" data-testid="kosten">${t('resident.about.cost')}</p>
<h2 class="utrecht-heading-2">${t('resident.about.independentTitle')}</h2>
<p class="utrecht-paragraph">${t('resident.about.independent')}</p>
<h2 class="utrecht-heading-2">${t('resident.about.otherTitle')}</h2>
<p class="utrecht-paragraph">${t('resident.about.other')}</p>
<ul class="naast-rd-tasks">
  <li><a class="utrecht-link naast-rd-block" href="${href('/clientondersteuning/aanvragen', lang)}">${t('resident.about.request')}</a></li>
  <li><a class="utrecht-link naast-rd-block" href="${href('/clientondersteuning/andere-ondersteuner', lang)}">${t('resident.about.requestOther')}</a></li>
</ul>`;
}
