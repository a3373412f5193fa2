import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/context.tsx';
import { toAuditPage, type AuditPage } from './auditApi.ts';
import { AuditResults } from './AuditResults.tsx';
import type { AuditRow } from './identityTypes.ts';

// The web tests run in node without a DOM: the page is rendered to HTML (what a first paint shows).

const row = (volgnummer: number): AuditRow => ({
  volgnummer,
  tijdstip: '2026-12-01T10:00:00Z',
  gebruikerId: null,
  rol: 'privacy',
  organisatie: 'landelijk/naast',
  betrokkene: null,
  verwerkingsactiviteit: 'inloggen',
  doel: 'toegang',
  handeling: 'lezen',
  uitkomst: 'toegestaan',
  verzoekId: null,
  traceId: null,
  hash: '',
  verzegeld: false,
});

const base = '/api/v1/logboek?paginaGrootte=2';

function pageOf(headers: Record<string, string>, path = `${base}&pagina=1`, rows = [row(23456), row(23455)]): AuditPage {
  return toAuditPage(path, rows, new Headers(headers));
}

function render(page: AuditPage): string {
  const results = createElement(AuditResults, { page, busy: false, onPage: () => {}, onSubject: () => {} });
  return renderToStaticMarkup(createElement(I18nProvider, null, results));
}

/** The text of the element with this data-testid (tags removed). */
function textOf(html: string, testId: string): string {
  const match = new RegExp(`data-testid="${testId}"[^>]*>(.*?)</p>`).exec(html);
  return (match?.[1] ?? '').replace(/<[^>]+>/g, '');
}

const estimated = {
  'x-total-count': '23456',
  'x-total-count-geschat': 'true',
  link: `<${base}&pagina=1>; rel="first", <${base}&pagina=2&voorVolgnummer=23455>; rel="next"`,
};

describe('AuditResults', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows an estimated total as an estimate, with no page count, and offers the next page', () => {
    const html = render(pageOf(estimated));
    const count = textOf(html, 'audit-count');
    expect(count).toContain('Er zijn ongeveer 23.000 regels gevonden. U ziet pagina 1.');
    expect(count).toContain('Zoek dan in een kortere periode');
    expect(html).not.toMatch(/pagina 1 van/);
    expect(html).toContain('Logboek, nieuwste eerst (pagina 1)');
    expect(html).toContain('Volgende pagina');
    expect(html).not.toContain('Laatste pagina');
  });

  it('claims no page count with an estimate even on a page without a next one', () => {
    const link = `<${base}&pagina=1>; rel="first", <${base}&pagina=2>; rel="prev"`;
    const html = render(pageOf({ ...estimated, link }, `${base}&pagina=3&voorVolgnummer=9`, [row(8)]));
    expect(html).toContain('Logboek, nieuwste eerst (pagina 3)');
    expect(html).not.toMatch(/pagina 3 van/);
    expect(html).not.toContain('Volgende pagina');
  });

  it('says "meer dan 10.000" when the estimate is at the cap', () => {
    const html = render(pageOf({ ...estimated, 'x-total-count': '10001' }));
    expect(textOf(html, 'audit-count')).toContain('Er zijn meer dan 10.000 regels gevonden. U ziet pagina 1.');
  });

  it('keeps offering the next page further on in an estimated total', () => {
    const link = `<${base}&pagina=1>; rel="first", <${base}&pagina=7&voorVolgnummer=23440>; rel="next", <${base}&pagina=5>; rel="prev"`;
    const html = render(pageOf({ ...estimated, link }, `${base}&pagina=6&voorVolgnummer=23447`));
    expect(textOf(html, 'audit-count')).toContain('U ziet pagina 6.');
    expect(html).toContain('Volgende pagina');
    expect(html).toContain('Vorige pagina');
  });

  it('keeps the exact page count, in Dutch figures, when the total is counted', () => {
    const link = `<${base}&pagina=1>; rel="first", <${base}&pagina=618>; rel="last", <${base}&pagina=2&voorVolgnummer=23455>; rel="next"`;
    const html = render(pageOf({ 'x-total-count': '1234', 'x-total-count-geschat': 'false', link }));
    expect(textOf(html, 'audit-count')).toBe('Aantal regels gevonden: 1.234. U ziet pagina 1 van 618.');
    expect(html).toContain('Laatste pagina');
  });

  it('offers no next page on the last page of an exact total', () => {
    const link = `<${base}&pagina=1>; rel="first", <${base}&pagina=2>; rel="last", <${base}&pagina=3&voorVolgnummer=1>; rel="next", <${base}&pagina=1>; rel="prev"`;
    const html = render(pageOf({ 'x-total-count': '4', 'x-total-count-geschat': 'false', link }, `${base}&pagina=2&voorVolgnummer=3`, [row(2), row(1)]));
    expect(textOf(html, 'audit-count')).toBe('Aantal regels gevonden: 4. U ziet pagina 2 van 2.');
    expect(html).not.toContain('Volgende pagina');
  });

  it('says plainly that a page past the last row is empty', () => {
    const link = `<${base}&pagina=1>; rel="first", <${base}&pagina=3>; rel="prev"`;
    const html = render(pageOf({ ...estimated, link }, `${base}&pagina=4&voorVolgnummer=5`, []));
    expect(textOf(html, 'audit-count')).toBe('Er zijn geen regels meer. Ga terug naar de vorige pagina.');
    expect(html).toContain('Vorige pagina');
  });

  it('words the estimate in English through the same catalogue', () => {
    vi.stubGlobal('localStorage', { getItem: () => 'en', setItem: () => {} });
    const html = render(pageOf(estimated));
    expect(textOf(html, 'audit-count')).toContain('About 23,000 rows were found. You see page 1.');
    expect(html).toContain('Next page');
  });
});
