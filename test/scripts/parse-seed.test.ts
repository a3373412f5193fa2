import { describe, expect, it } from 'vitest';
import {
  deriveYouthRegions,
  fixHyphenArtefacts,
  matchCbsName,
  matchMeeName,
  parseBijlage5,
  parseEuro,
  slugify,
  splitMee,
  splitOnRegion,
} from '../../scripts/reference/parse-seed.ts';

// "GEMEENTE JEUGDREGIO" as the PDF text glues them, taken from Bijlage 5 of the seed.
const GLUED = [
  'Beek (L.) Zuid-Limburg',
  'Stein (L.) Zuid-Limburg',
  'Maastricht Zuid-Limburg',
  'Capelle a/d IJssel Stadsregio Rijnmond',
  'Krimpen aan den IJssel Stadsregio Rijnmond',
  'Rotterdam Stadsregio Rijnmond',
  'Horst aan de Maas Noord Limburg',
  'Peel en Maas Noord Limburg',
  'Venlo Noord Limburg',
  'Utrecht Utrecht Stad',
  'Haarlemmermeer Haarlemmermeer',
  'Arnhem Arnhem',
  'Rheden Arnhem',
  'Apeldoorn Midden IJssel / Oost Veluwe',
  'Epe Midden IJssel / Oost Veluwe',
];

describe('deriveYouthRegions', () => {
  it('finds the region names, also where municipalities share a last word', () => {
    expect(deriveYouthRegions(GLUED)).toEqual([
      'Arnhem',
      'Haarlemmermeer',
      'Midden IJssel / Oost Veluwe',
      'Noord Limburg',
      'Stadsregio Rijnmond',
      'Utrecht Stad',
      'Zuid-Limburg',
    ]);
  });

  it('names a one-municipality region after its municipality', () => {
    expect(deriveYouthRegions(['Utrecht Utrecht Stad', 'Zeist Zuidoost Utrecht', 'Bunnik Zuidoost Utrecht'])).toContain(
      'Utrecht Stad',
    );
  });

  it('refuses a lone line it cannot split unambiguously', () => {
    expect(() => deriveYouthRegions(['Aa Bb Cc', 'Dd Ee', 'Ff Ee'])).toThrow(/niet eenduidig/);
  });
});

describe('splitOnRegion', () => {
  const regions = new Set(deriveYouthRegions(GLUED));
  it.each([
    ['Beek (L.) Zuid-Limburg', 'Beek (L.)', 'Zuid-Limburg'],
    ['Capelle a/d IJssel Stadsregio Rijnmond', 'Capelle a/d IJssel', 'Stadsregio Rijnmond'],
    ['Utrecht Utrecht Stad', 'Utrecht', 'Utrecht Stad'],
    ['Horst aan de Maas Noord Limburg', 'Horst aan de Maas', 'Noord Limburg'],
    ['Arnhem Arnhem', 'Arnhem', 'Arnhem'],
  ])('%s → %s + %s', (text, municipality, region) => {
    expect(splitOnRegion(text, regions)).toEqual({ municipality, region, matches: 1 });
  });

  it('fails when no region fits', () => {
    expect(() => splitOnRegion('Tilburg Midden Brabant', regions)).toThrow(/Geen jeugdregio/);
  });
});

describe('Bijlage 5 rows', () => {
  it('skips repeated page headers and joins a wrapped row', () => {
    const lines = [
      'GEMEENTE JEUGDREGIO MEE ORGANISATIE BUDGET MEE BUDGET IVH',
      '',
      'Aa en Hunze Drenthe MEE Drenthe € 190.148 € 3.064',
      ' GEMEENTE JEUGDREGIO MEE ORGANISATIE BUDGET MEE BUDGET IVH',
      'Bodegraven- Reeuwijk Midden-Holland',
      'MEE Plus € 310.028 € 3.265',
      'TOTAAL € 500.176 € 6.329',
    ];
    const { rows, total } = parseBijlage5(lines);
    expect(rows.map((r) => r.text)).toEqual(['Aa en Hunze Drenthe MEE Drenthe', 'Bodegraven- Reeuwijk Midden-Holland MEE Plus']);
    expect(total).toEqual({ text: 'TOTAAL', budgetMee: 500_176, budgetIvh: 6_329 });
  });

  it('fails when the table never closes', () => {
    expect(() => parseBijlage5(['GEMEENTE JEUGDREGIO MEE ORGANISATIE BUDGET MEE BUDGET IVH', 'Aa MEE X € 1'])).toThrow(
      /TOTAAL/,
    );
  });

  it('separates the MEE organisation and repairs hyphen artefacts only before a capital', () => {
    expect(splitMee(fixHyphenArtefacts('Hendrik-Ido- Ambacht Zuid-Holland Zuid MEE West- Brabant'))).toEqual({
      place: 'Hendrik-Ido-Ambacht Zuid-Holland Zuid',
      mee: 'MEE West-Brabant',
    });
    expect(fixHyphenArtefacts('Blaricum Gooi- en Vechtstreek')).toBe('Blaricum Gooi- en Vechtstreek');
  });

  it('reads whole euros with Dutch thousands separators', () => {
    expect(parseEuro('178.669.214')).toBe(178_669_214);
    expect(() => parseEuro('1,5')).toThrow();
  });
});

describe('names', () => {
  const tabel3 = ['MEE Noord en Midden Limburg', 'MEE Noordoost Noord-Brabant', 'MEE Zuidoost- Brabant', 'MEE Zuid Limburg'];
  it.each([
    ['MEE Noord Midden Limburg', 'MEE Noord en Midden Limburg'],
    ['MEE Noordoost-Brabant', 'MEE Noordoost Noord-Brabant'],
    ['MEE Zuidoost- Brabant', 'MEE Zuidoost- Brabant'],
    ['MEE Zuid Limburg', 'MEE Zuid Limburg'],
  ])('maps Bijlage 5 "%s" to Tabel 3 "%s"', (b5, t3) => {
    expect(matchMeeName(b5, tabel3)).toBe(t3);
  });

  it('rejects an MEE name that fits no Tabel 3 name', () => {
    expect(() => matchMeeName('MEE Elders', tabel3)).toThrow();
  });

  it('joins municipality names to CBS names by explicit rules only', () => {
    const cbs = ['Beek', 'Capelle aan den IJssel', 'Valkenburg aan de Geul', 'Súdwest-Fryslân', "'s-Hertogenbosch"];
    expect(matchCbsName('Beek (L.)', cbs)).toEqual({ naam: 'Beek', rule: 'provincie-aanduiding' });
    expect(matchCbsName('Capelle a/d IJssel', cbs)).toEqual({ naam: 'Capelle aan den IJssel', rule: 'a/d' });
    expect(matchCbsName('Valkenburg a/d Geul', cbs)).toEqual({ naam: 'Valkenburg aan de Geul', rule: 'a/d' });
    expect(matchCbsName('Súdwest Fryslân', cbs)).toEqual({ naam: 'Súdwest-Fryslân', rule: 'interpunctie' });
    expect(matchCbsName('Den Bosch', cbs)).toBeNull();
  });

  it('makes kebab-case codes', () => {
    expect(slugify('MEE Utrecht Gooi & Vecht')).toBe('mee-utrecht-gooi-vecht');
    expect(slugify('Midden IJssel / Oost Veluwe')).toBe('midden-ijssel-oost-veluwe');
    expect(slugify('Súdwest Fryslân')).toBe('sudwest-fryslan');
  });
});
