/**
 * The seed's reasoning in plain words (B1), per choice: what the plan draft says about a variant, an
 * approach, a funding form. Paraphrased from §3.2, §3.4, §3.5, §3.6 and the notes under Bijlage 3.
 */
import type { AccessChannel, Approach, FundingForm, RegionalFunding, Safeguard, Variant } from './framework.ts';

export const VARIANT_REASONS: Record<Variant, { why: string; attention: string; fits: string }> = {
  'sociale-wijkteams': {
    why: 'Een sociaal wijkteam werkt dicht bij de inwoner. Het team stemt snel af, werkt kleinschalig en zet direct in op zelfredzaamheid en meedoen in de eigen buurt.',
    attention:
      'Als cliëntondersteuning in het wijkteam zit, moeten de onafhankelijkheid en de beschikbaarheid goed geborgd zijn. Werkt het team alleen voor een deel van de vragen, dan regelen we daarbuiten ook cliëntondersteuning.',
    fits: 'Volgens de handreiking passen eenvoudige en meervoudige vragen (vragen 1 tot en met 4) en het versterken van regie en zelfredzaamheid (vragen 7 en 8) goed in een wijkteam, net als de ondersteuning die MEE nu geeft.',
  },
  'een-loket': {
    why: 'Eén loket geeft een duidelijke en eenduidige toegang. Cliëntondersteuning sluit daar direct aan op de vraag van de inwoner.',
    attention:
      'Als cliëntondersteuning in het loket zit, moet de onafhankelijkheid goed geborgd zijn. Het loket moet zo breed mogelijk zijn: ook werk en inkomen, zorg en onderwijs.',
    fits: 'Volgens de handreiking passen wegwijsvragen van inwoners die zelf de regie hebben (vragen 1 en 2) goed in een loket dat zij zelf benaderen: telefonisch, digitaal of aan de balie.',
  },
  'onafhankelijke-organisatie': {
    why: 'Een onafhankelijke organisatie is herkenbaar en duidelijk voor inwoners, voor alle doelgroepen en alle levensdomeinen. De kennis zit op één plek.',
    attention:
      'We maken goede afspraken over de onafhankelijkheid en over de koppeling met de toegang van de gemeente. De organisatie werkt mee in de wijkteams, zodat zij niet naar binnen gericht raakt.',
    fits: 'Volgens de handreiking vragen evaluatie en hulp bij klachten, bezwaar en beroep (vragen 5 en 6) om een positie die onafhankelijk is van de gemeente. Daar past een onafhankelijke organisatie bij.',
  },
};

export const APPROACH_REASONS: Record<Approach, string> = {
  'in-stand-houden':
    'We houden wat goed werkt. We halen hiaten en overlap uit de subsidies en passen de subsidievoorwaarden aan de Wmo 2015 aan. We regelen de samenwerking tussen de informele en formele partijen, zodat inwoners een logisch geheel ervaren. Voor mensen met een beperking (de MEE-doelgroep) regelen we de cliëntondersteuning er apart bij.',
  'zelf-organiseren':
    'De gemeente doet de cliëntondersteuning zelf, in het Wmo-loket of de wijkteams. Het loket of wijkteam stemt af met de organisaties die zonder geld van de gemeente cliëntondersteuning geven. Omdat de gemeente dan ook over voorzieningen beslist, borgen we de onafhankelijkheid extra goed.',
  'regisserende-organisatie':
    'We bundelen het geld voor cliëntondersteuning bij één organisatie. Die stemt het beleid af met de (vrijwilligers)organisaties die de gemeente niet financiert. De regie leggen we vast in de afspraken met die organisatie.',
};

export const FUNDING_REASONS: Record<FundingForm, { why: string; report: string }> = {
  functie: {
    why: 'Functiebekostiging (een vast bedrag) past bij de beschikbaarheid: laagdrempelig en onafhankelijk klaarstaan voor informatie en advies aan alle doelgroepen.',
    report: 'openingstijden, bemensing, aantal bereikte cliënten, telefoongesprekken, afgehandelde vragen en bezoeken aan de website',
  },
  product: {
    why: 'Productbekostiging (een tarief per dienst of resultaat) past bij ondersteuning aan één cliënt, als we goed weten welke diensten nodig zijn.',
    report: 'aantallen diensten en uren, en kenmerken van de cliënten naar doelgroep, wijk, leeftijd en levensdomein',
  },
  project: {
    why: 'Projectbekostiging (eenmalig geld) past bij projecten, proeven en bijzondere taken buiten de gewone diensten.',
    report: 'of het plan is uitgevoerd en het doel is gehaald',
  },
  populatie: {
    why: 'Populatiebekostiging bundelt alle cliëntondersteuning voor de inwoners van een wijk of buurt; de kenmerken van die inwoners bepalen het budget.',
    report: 'kenmerken van de inwoners van het gebied en de ontwikkeling op de afgesproken resultaten',
  },
  geen: { why: 'De aanbieder krijgt geen geld van de gemeente; we stemmen af in overleg.', report: 'geen verantwoording aan de gemeente; wel afstemming in overleg' },
};

export const REGIONAL_REASONS: Record<RegionalFunding, string> = {
  geen: 'We kopen cliëntondersteuning niet samen met andere gemeenten in.',
  'regionaal-budget':
    'Er is een regionaal budget waaraan elke gemeente naar rato bijdraagt. We zijn samen verantwoordelijk en delen de risico’s; daarom werken we vanuit hetzelfde beleidskader.',
  woonplaatsbeginsel:
    'Er is geen regionaal budget. Elke gemeente betaalt voor haar eigen inwoners (woonplaatsbeginsel). Zo maken we eigen keuzes, maar het risico op hoge kosten ligt bij de gemeente zelf.',
};

export const CHANNEL_REASONS: Record<AccessChannel, string> = {
  telefoon: 'Telefonisch, op vaste uren per week.',
  digitaal: 'Digitaal: een website, e-mail en online vragen stellen. Veelgestelde vragen maken de toegang altijd open.',
  fysiek: 'Op een fysieke plek die goed te bereiken is: met het openbaar vervoer, met parkeerplaatsen en toegankelijk voor rolstoelen.',
  huisbezoek: 'Bij de inwoner thuis, als dat nodig is.',
  outreachend: 'We wachten niet af: op signalen uit de wijk zoeken we mensen op die zelf niet komen.',
};

export const SAFEGUARD_REASONS: Partial<Record<Safeguard, string>> = {
  beroepscode: 'Net als maatschappelijk werkers en sociaal raadslieden werken cliëntondersteuners vanuit professionele autonomie en een beroepscode.',
  statuut: 'Waar de gemeente de ondersteuning zelf doet, geeft een statuut de ondersteuners een eigen positie, zoals bij een bureau sociaal raadslieden.',
  'scheiding-beslissen-ondersteunen': 'Beslissen op een aanvraag en de cliënt ondersteunen liggen nooit in één hand: de cliënt moet erop kunnen vertrouwen dat de ondersteuner naast hem staat.',
  'andere-ondersteuner': 'Twijfelt een cliënt aan de objectiviteit van de ondersteuner, dan kan hij om een andere vragen. De gemeente geeft daar gehoor aan.',
};
