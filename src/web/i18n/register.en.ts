import type { registerNl } from './register.nl.ts';

/** English texts of the page "Budget in today's division"; the type makes sure every Dutch key has one. */
export const registerEn: { readonly [K in keyof typeof registerNl]: string } = {
  'register.nav.divisions': 'Mergers',
  'register.divisions.title': '2014 budget in the municipalities of {year}',
  'register.divisions.intro':
    'Since 2014 many municipalities have merged. This page shows the 2014 budget (Bijlage 5) per municipality as it exists on 1 January of a later year. Each municipality says how its amount was made.',
  'register.divisions.year': 'Municipalities on 1 January of',
  'register.divisions.caption': '2014 budget per municipality on 1 January {year}',
  'register.divisions.col.municipality': 'Municipality',
  'register.divisions.col.code': 'CBS code',
  'register.divisions.col.mee': 'MEE budget',
  'register.divisions.col.ivh': 'IVH budget',
  'register.divisions.col.how': 'How it was carried',
  'register.divisions.totals': 'Published total: {mee} (MEE) and {ivh} (IVH). In the table: {carriedMee} and {carriedIvh}.',
  'register.divisions.undistributedTitle': 'Amounts that cannot be distributed',
  'register.divisions.undistributedIntro':
    'These municipalities were dissolved and divided over several others. Without a distribution key with a source (for example the inhabitants of each part) the amount is not divided. It is shown here, so the total is right.',
  'register.divisions.undistributedItem': '{name}: {mee} (MEE) and {ivh} (IVH), divided over {successors}.',
  'register.divisions.source': 'Sources: CBS municipal division per year and RvIG Tabel 33 (see the data sources).',
};
