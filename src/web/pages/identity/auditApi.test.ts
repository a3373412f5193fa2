import { describe, expect, it } from 'vitest';
import { describeTotal, pageOf, parseLinks, searchPath, toAuditPage } from './auditApi.ts';

describe('audit log paging', () => {
  it('reads the Link header of the API', () => {
    const header =
      '</api/v1/logboek?paginaGrootte=3&pagina=1>; rel="first", </api/v1/logboek?paginaGrootte=3&pagina=4>; rel="last", </api/v1/logboek?paginaGrootte=3&pagina=3>; rel="next", </api/v1/logboek?paginaGrootte=3&pagina=1>; rel="prev"';
    const links = parseLinks(header);
    expect(links.next).toBe('/api/v1/logboek?paginaGrootte=3&pagina=3');
    expect(pageOf(links.last)).toBe(4);
    expect(pageOf(links.prev)).toBe(1);
  });

  it('ignores links that lead elsewhere', () => {
    expect(parseLinks('<https://evil.example/api/v1/logboek?pagina=2>; rel="next", </api/v1/gebruikers>; rel="last"')).toEqual({});
    expect(parseLinks(null)).toEqual({});
  });

  it('builds the first page of a search without empty fields', () => {
    const path = searchPath({ betrokkene: ' ps_abc ', verwerkingsactiviteit: '', vanafDatum: '2026-01-01', totEnMetDatum: '', paginaGrootte: 25 });
    expect(path).toBe('/api/v1/logboek?betrokkene=ps_abc&vanafDatum=2026-01-01&paginaGrootte=25&pagina=1');
    expect(pageOf(path)).toBe(1);
  });

  it('knows the last page from an exact total', () => {
    const headers = new Headers({
      'x-total-count': '40',
      'x-total-count-geschat': 'false',
      link: '</api/v1/logboek?paginaGrootte=10&pagina=1>; rel="first", </api/v1/logboek?paginaGrootte=10&pagina=4>; rel="last", </api/v1/logboek?paginaGrootte=10&pagina=2&voorVolgnummer=31>; rel="next"',
    });
    const page = toAuditPage('/api/v1/logboek?paginaGrootte=10&pagina=1', [], headers);
    expect(page).toMatchObject({ total: 40, totalEstimated: false, page: 1, lastPage: 4 });
  });

  it('does not make up a last page when the total is an estimate (no rel="last")', () => {
    const headers = new Headers({
      'x-total-count': '23456',
      'x-total-count-geschat': 'true',
      link: '</api/v1/logboek?paginaGrootte=10&pagina=1>; rel="first", </api/v1/logboek?paginaGrootte=10&pagina=2&voorVolgnummer=23447>; rel="next"',
    });
    const page = toAuditPage('/api/v1/logboek?paginaGrootte=10&pagina=1', [], headers);
    expect(page).toMatchObject({ total: 23456, totalEstimated: true, page: 1, lastPage: undefined });
    expect(page.links.next).toContain('voorVolgnummer=23447');
    // Without a next page this page is the last, even when the total was estimated.
    expect(toAuditPage('/api/v1/logboek?pagina=7', [], new Headers({ 'x-total-count-geschat': 'true' })).lastPage).toBe(7);
  });

  it('rounds an estimated total and never below the exact cap', () => {
    expect(describeTotal(9_999, false)).toEqual({ kind: 'exact', value: 9_999 });
    expect(describeTotal(23_456, true)).toEqual({ kind: 'about', value: 23_000 });
    expect(describeTotal(1_234_567, true)).toEqual({ kind: 'about', value: 1_200_000 });
    expect(describeTotal(10_001, true)).toEqual({ kind: 'moreThan', value: 10_000 });
    expect(describeTotal(10_499, true)).toEqual({ kind: 'moreThan', value: 10_000 });
    expect(describeTotal(10_500, true)).toEqual({ kind: 'about', value: 11_000 });
  });
});
