import { describe, expect, it } from 'vitest';
import { pageOf, parseLinks, searchPath } from './auditApi.ts';

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
});
