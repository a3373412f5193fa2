/**
 * Texts of the page "Budget in de indeling van nu" (issue 21 §5): the 2014 allocation carried through the
 * herindelingen to a later division. Plain Dutch (B1).
 */
export const registerNl = {
  'register.nav.divisions': 'Herindelingen',
  'register.divisions.title': 'Budget 2014 in de gemeenten van {year}',
  'register.divisions.intro':
    'Sinds 2014 zijn veel gemeenten samengegaan. Hier ziet u het budget 2014 (Bijlage 5) per gemeente zoals die op 1 januari van een later jaar bestaat. Bij elke gemeente staat hoe het bedrag tot stand kwam.',
  'register.divisions.year': 'Gemeenten op 1 januari van',
  'register.divisions.caption': 'Budget 2014 per gemeente op 1 januari {year}',
  'register.divisions.col.municipality': 'Gemeente',
  'register.divisions.col.code': 'CBS-code',
  'register.divisions.col.mee': 'Budget MEE',
  'register.divisions.col.ivh': 'Budget IVH',
  'register.divisions.col.how': 'Hoe berekend',
  'register.divisions.totals': 'Totaal gepubliceerd: {mee} (MEE) en {ivh} (IVH). In de tabel: {carriedMee} en {carriedIvh}.',
  'register.divisions.undistributedTitle': 'Bedragen die niet te verdelen zijn',
  'register.divisions.undistributedIntro':
    'Deze gemeenten zijn opgeheven en over meer gemeenten verdeeld. Zonder verdeelsleutel met bron (bijvoorbeeld het aantal inwoners per deel) verdelen we het bedrag niet. Het staat hier apart, zodat het totaal klopt.',
  'register.divisions.undistributedItem': '{name}: {mee} (MEE) en {ivh} (IVH), verdeeld over {successors}.',
  'register.divisions.source': 'Bronnen: CBS gemeentelijke indeling per jaar en RvIG Tabel 33 (zie de verantwoording van de gegevens).',
} as const;
