/**
 * Test data: the rows of MEE Friesland and MEE regio Den Bosch from Bijlage 5 of the Handreiking
 * cliëntondersteuning (2014; published on www.invoeringwmo.nl, 6 March 2014), copied verbatim (euros), and
 * the two organisations' totals from Tabel 3. Real figures, so the tests show the published table is
 * reproduced exactly by the model.
 */
export const BIJLAGE5_SAMPLE: readonly { name: string; youthRegion: string; organisation: string; meeEuros: number; ivhEuros: number }[] = [
  { name: 'Achtkarspelen', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 342483, ivhEuros: 3133 },
  { name: 'Ameland', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 30705, ivhEuros: 393 },
  { name: 'Boarnsterhim', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 183029, ivhEuros: 2174 },
  { name: 'Boxtel', youthRegion: 'Noordoost Brabant', organisation: 'MEE regio Den Bosch', meeEuros: 435893, ivhEuros: 5048 },
  { name: 'Dantumadiel', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 288886, ivhEuros: 2132 },
  { name: 'Den Bosch', youthRegion: 'Noordoost Brabant', organisation: 'MEE regio Den Bosch', meeEuros: 2221418, ivhEuros: 23688 },
  { name: 'Dongeradeel', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 388543, ivhEuros: 2700 },
  { name: 'Ferwerderadiel', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 81028, ivhEuros: 987 },
  { name: 'Franekeradeel', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 290753, ivhEuros: 2282 },
  { name: 'Gaasterlân-Sleat', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 98133, ivhEuros: 1136 },
  { name: 'Haaren', youthRegion: 'Noordoost Brabant', organisation: 'MEE regio Den Bosch', meeEuros: 143768, ivhEuros: 2251 },
  { name: 'Harlingen', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 208867, ivhEuros: 1767 },
  { name: 'Heerenveen', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 524843, ivhEuros: 4829 },
  { name: 'het Bildt', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 136657, ivhEuros: 1187 },
  { name: 'Kollumerland en Nieuwkruisland', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 158572, ivhEuros: 1430 },
  { name: 'Leeuwarden', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 1343934, ivhEuros: 10695 },
  { name: 'Leeuwarderadeel', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 115056, ivhEuros: 1150 },
  { name: 'Lemsterland', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 118758, ivhEuros: 1512 },
  { name: 'Littenseradiel', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 90245, ivhEuros: 1220 },
  { name: 'Menaldumadiel', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 156583, ivhEuros: 1530 },
  { name: 'Ooststellingwerf', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 302323, ivhEuros: 2880 },
  { name: 'Opsterland', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 345414, ivhEuros: 3332 },
  { name: 'Schiermonnikoog', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 10640, ivhEuros: 107 },
  { name: 'Skarsterlân', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 268713, ivhEuros: 3056 },
  { name: 'Smallingerland', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 674795, ivhEuros: 6181 },
  { name: 'Súdwest Fryslân', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 1015042, ivhEuros: 9211 },
  { name: 'Terschelling', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 39322, ivhEuros: 534 },
  { name: 'Tytsjerksteradiel', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 306080, ivhEuros: 3564 },
  { name: 'Vlieland', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 19331, ivhEuros: 124 },
  { name: 'Vught', youthRegion: 'Noordoost Brabant', organisation: 'MEE regio Den Bosch', meeEuros: 307391, ivhEuros: 4240 },
  { name: 'Weststellingwerf', youthRegion: 'Friesland', organisation: 'MEE Friesland', meeEuros: 279556, ivhEuros: 2853 },
];

/** Tabel 3 (raming 2014), euros. */
export const TABEL3_SAMPLE: Readonly<Record<string, { meeEuros: number; ivhEuros: number }>> = {
  'MEE Friesland': { meeEuros: 7_818_291, ivhEuros: 72_099 },
  'MEE regio Den Bosch': { meeEuros: 3_108_470, ivhEuros: 35_227 },
};
