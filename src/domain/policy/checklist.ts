/**
 * The Wmo 2015 duties for client support as a checklist (Bijlage 2 explains the law; §2.3 gives the
 * quality characteristics; §3.3 access; §3.4 accountability). Each item is evaluated from the
 * municipality's framework and its social map, and says in plain Dutch what is missing.
 */
import type { Coverage } from './coverage.ts';
import { groupGaps, uncoveredTargetGroups } from './coverage.ts';
import type { AccessChannel, Framework, Safeguard } from './framework.ts';
import { targetGroupLabel } from './labels.ts';

/** What the social map of the municipality shows, beyond the coverage. */
export interface SocialMapFacts {
  services: {
    name: string;
    organisationName: string;
    channels: readonly string[];
    freeOfCharge: boolean;
    homeVisits: boolean;
    staffing: 'professioneel' | 'vrijwillig' | 'beide';
    phoneHours: string | null;
    walkInHours: string | null;
  }[];
  locations: { name: string; accessibility: readonly string[] }[];
  faqCount: number;
  /** Organisations the municipality finances (§3.2 relation through funding). */
  fundedOrganisations: { id: string; name: string }[];
}

export type CheckStatus = 'voldaan' | 'deels' | 'ontbreekt';

export interface CheckItem {
  code: string;
  /** The duty, as a short sentence. */
  duty: string;
  /** Where the seed explains it. */
  source: string;
  status: CheckStatus;
  /** What is in place. */
  found: string[];
  /** What is missing, in plain Dutch; empty when the duty is met. */
  missing: string[];
}

/** Mapping of the municipality's access channel to the social map's service channels. */
const SERVICE_CHANNELS: Record<AccessChannel, readonly string[]> = {
  telefoon: ['telefoon'],
  digitaal: ['website', 'e-mail'],
  fysiek: ['inloop'],
  huisbezoek: ['huisbezoek'],
  outreachend: [],
};

const status = (found: number, needed: number): CheckStatus => (found >= needed ? 'voldaan' : found > 0 ? 'deels' : 'ontbreekt');

export function evaluateChecklist(framework: Framework, coverage: Coverage, facts: SocialMapFacts): CheckItem[] {
  const safeguards = new Set(framework.safeguards.map((s) => s.safeguard));
  const has = (s: Safeguard) => safeguards.has(s);
  const items: CheckItem[] = [];

  // 1. Available for all residents: every target group × age × life domain.
  {
    const total = coverage.possible; // impossible combinations (combinations.ts) are no duty
    const covered = total - coverage.gaps;
    const missing: string[] = [];
    for (const g of uncoveredTargetGroups(coverage)) missing.push(`Geen enkel aanbod voor: ${targetGroupLabel(g).toLowerCase()}.`);
    const partly = groupGaps(coverage).filter((g) => !uncoveredTargetGroups(coverage).includes(g.targetGroup));
    if (partly.length) missing.push(`Bij ${partly.length} combinaties van doelgroep en leeftijd ontbreken levensdomeinen (zie de dekkingskaart).`);
    if (coverage.unclassified.length) {
      missing.push(`${coverage.unclassified.length} diensten op de sociale kaart zeggen niet voor wie ze zijn (doelgroep, leeftijd of levensdomein). Vul dat aan.`);
    }
    items.push({
      code: 'beschikbaar-voor-iedereen',
      duty: 'Cliëntondersteuning is er voor alle inwoners: alle doelgroepen, leeftijden en levensdomeinen',
      source: '§2.3 Levenslang en levensbreed; §3.3',
      status: coverage.gaps === 0 && coverage.unclassified.length === 0 ? 'voldaan' : status(covered, total),
      found: [`${covered} van de ${total} combinaties hebben minstens één aanbieder.`],
      missing,
    });
  }

  // 2. Free of charge.
  {
    const paid = facts.services.filter((s) => !s.freeOfCharge);
    items.push({
      code: 'gratis',
      duty: 'Cliëntondersteuning is gratis voor de cliënt',
      source: 'Bijlage 2; §2.3 Laagdrempelig',
      status: facts.services.length === 0 ? 'ontbreekt' : paid.length === 0 ? 'voldaan' : 'deels',
      found: facts.services.length ? [`${facts.services.length - paid.length} van de ${facts.services.length} diensten zijn gratis.`] : [],
      missing: facts.services.length === 0 ? ['Er staan nog geen diensten op de sociale kaart.'] : paid.map((s) => `"${s.name}" van ${s.organisationName} is niet gratis.`),
    });
  }

  // 3. Independent: professional code, a statute where the municipality does it itself, separation of decision and support.
  {
    const inHouse = framework.arrangements.some((a) => a.deliveryMode === 'eigen-beheer') || framework.approaches.includes('zelf-organiseren') || framework.variants.some((v) => v === 'sociale-wijkteams' || v === 'een-loket');
    const needed: Safeguard[] = ['beroepscode', 'scheiding-beslissen-ondersteunen', ...(inHouse ? (['statuut'] as const) : [])];
    const missing: string[] = [];
    if (!has('beroepscode')) missing.push('Leg vast dat cliëntondersteuners werken volgens een beroepscode (bijvoorbeeld in de subsidievoorwaarden of het bestek).');
    if (!has('scheiding-beslissen-ondersteunen')) missing.push('Leg vast dat wie beslist over een voorziening nooit de cliëntondersteuner van dezelfde cliënt is.');
    if (inHouse && !has('statuut')) missing.push('U doet (een deel van) de ondersteuning zelf of in een wijkteam of loket: borg de onafhankelijkheid met een statuut.');
    items.push({
      code: 'onafhankelijk',
      duty: 'Cliëntondersteuning is onafhankelijk: beslissen en ondersteunen liggen niet in één hand',
      source: '§2.3 In het belang van de cliënt; Bijlage 2',
      status: status(needed.filter(has).length, needed.length),
      found: needed.filter(has).map((s) => framework.safeguards.find((x) => x.safeguard === s)!.note || s),
      missing,
    });
  }

  // 4. In the interest of the client: another supporter on request, and choice.
  {
    const missing: string[] = [];
    if (!has('andere-ondersteuner')) missing.push('Regel hoe een cliënt om een andere cliëntondersteuner kan vragen; de gemeente moet dat verzoek honoreren.');
    const providers = coverage.providers.length;
    if (!has('keuze-aanbieders') && providers < 2) missing.push('Een cliënt kan nu niet kiezen: er is maar één aanbieder. Overweeg meer aanbieders of een pgb voor cliëntondersteuning.');
    items.push({
      code: 'belang-van-de-client',
      duty: 'De ondersteuning gaat uit van het belang van de cliënt; de cliënt kan een andere ondersteuner vragen',
      source: '§2.3 In het belang van de cliënt, Keuzevrijheid; Bijlage 2',
      status: missing.length === 0 ? 'voldaan' : has('andere-ondersteuner') || providers >= 2 ? 'deels' : 'ontbreekt',
      found: [...(has('andere-ondersteuner') ? ['Een cliënt kan om een andere ondersteuner vragen.'] : []), `${providers} aanbieders op de sociale kaart.`],
      missing,
    });
  }

  // 5–7. Accessible by phone, digitally and physically (§2.3: "telefonisch, digitaal en via een fysiek loket").
  const channelLabel: Record<'telefoon' | 'digitaal' | 'fysiek', string> = { telefoon: 'telefonisch', digitaal: 'digitaal', fysiek: 'via een fysiek loket of inloop' };
  for (const channel of ['telefoon', 'digitaal', 'fysiek'] as const) {
    const chosen = framework.channels.find((c) => c.channel === channel);
    const viaServices = facts.services.filter((s) => s.channels.some((c) => SERVICE_CHANNELS[channel].includes(c)));
    const found: string[] = [];
    if (chosen) found.push(`In het afwegingskader: ${chosen.details || 'ja'}.`);
    if (viaServices.length) found.push(`${viaServices.length} diensten zijn ${channelLabel[channel]} bereikbaar.`);
    const missing: string[] = [];
    if (!chosen) missing.push(`Leg in het afwegingskader vast hoe inwoners cliëntondersteuning ${channelLabel[channel]} bereiken.`);
    if (chosen && !chosen.details.trim()) missing.push(channel === 'telefoon' ? 'Noem de uren waarop de telefoon wordt opgenomen.' : 'Noem waar en wanneer dit kan.');
    if (!viaServices.length) missing.push(`Geen enkele dienst op de sociale kaart is ${channelLabel[channel]} bereikbaar.`);
    if (channel === 'fysiek') {
      const inaccessible = facts.locations.filter((l) => !l.accessibility.includes('rolstoeltoegankelijk'));
      for (const l of inaccessible) missing.push(`Locatie "${l.name}" is niet rolstoeltoegankelijk (of dat is niet bekend).`);
    }
    if (channel === 'digitaal' && facts.faqCount === 0) missing.push('Er zijn nog geen veelgestelde vragen online; die maken de toegang continu (§3.3).');
    items.push({
      code: `bereikbaar-${channel}`,
      duty: `Cliëntondersteuning is ${channelLabel[channel]} bereikbaar`,
      source: '§2.3 Laagdrempelig; §3.3 Toegang',
      status: missing.length === 0 ? 'voldaan' : chosen || viaServices.length ? 'deels' : 'ontbreekt',
      found,
      missing,
    });
  }

  // 8. Low threshold for people who do not come by themselves: home visits and outreach.
  {
    const home = framework.channels.some((c) => c.channel === 'huisbezoek') || facts.services.some((s) => s.homeVisits || s.channels.includes('huisbezoek'));
    const outreach = framework.channels.some((c) => c.channel === 'outreachend');
    const missing: string[] = [];
    if (!home) missing.push('Regel dat een cliëntondersteuner ook thuis kan komen.');
    if (!outreach) missing.push('Beschrijf hoe u outreachend werkt: mensen opzoeken die zelf niet komen (signalen uit de wijk).');
    items.push({
      code: 'outreachend',
      duty: 'Ook mensen die moeilijk te bereiken zijn, krijgen ondersteuning (huisbezoek, outreachend werken)',
      source: '§2.3 Laagdrempelig; §3.3',
      status: status(Number(home) + Number(outreach), 2),
      found: [...(home ? ['Huisbezoek is mogelijk.'] : []), ...(outreach ? ['Er wordt outreachend gewerkt.'] : [])],
      missing,
    });
  }

  // 9. Informal and formal support.
  {
    const informal = facts.services.filter((s) => s.staffing !== 'professioneel');
    const formal = facts.services.filter((s) => s.staffing !== 'vrijwillig');
    const missing: string[] = [];
    if (!informal.length) missing.push('Er is geen informele cliëntondersteuning (vrijwillige ouderenadviseurs, ervaringsdeskundigen, cliëntenorganisaties) op de sociale kaart.');
    if (!formal.length) missing.push('Er is geen beroepsmatige cliëntondersteuning op de sociale kaart.');
    items.push({
      code: 'informeel-en-formeel',
      duty: 'Er is samenhangend beleid voor informele en beroepsmatige cliëntondersteuning',
      source: '§2.3; Bijlage 2 Samenhangend beleid',
      status: status(Number(informal.length > 0) + Number(formal.length > 0), 2),
      found: [`${formal.length} beroepsmatige en ${informal.length} informele diensten.`],
      missing,
    });
  }

  // 10. People with a disability (the former MEE target group) are covered in every life domain.
  {
    const meeGroups = ['verstandelijke-beperking', 'lichamelijke-beperking', 'zintuiglijke-problemen', 'autisme', 'nah'];
    const lacking = meeGroups.filter((g) => coverage.cells.some((c) => c.targetGroup === g && c.status === 'gat'));
    items.push({
      code: 'mee-doelgroep',
      duty: 'Mensen met een beperking (de MEE-doelgroep) houden goede cliëntondersteuning',
      source: '§3.2 In stand houden; Deel 2',
      status: status(meeGroups.length - lacking.length, meeGroups.length),
      found: [`${meeGroups.length - lacking.length} van de ${meeGroups.length} groepen zijn op alle leeftijden en levensdomeinen gedekt.`],
      missing: lacking.map((g) => `Niet overal gedekt: ${targetGroupLabel(g).toLowerCase()}.`),
    });
  }

  // 11. Agreements per funded provider: delivery mode and funding form (§3.4).
  {
    const arranged = new Set(framework.arrangements.map((a) => a.organisationId));
    const without = facts.fundedOrganisations.filter((o) => !arranged.has(o.id));
    items.push({
      code: 'afspraken-aanbieders',
      duty: 'Met elke aanbieder die de gemeente financiert, zijn afspraken over uitvoering en bekostiging vastgelegd',
      source: '§3.4 Contractering en bekostiging',
      status: framework.arrangements.length === 0 ? 'ontbreekt' : without.length === 0 ? 'voldaan' : 'deels',
      found: [`${framework.arrangements.length} aanbieders met afspraken.`],
      missing: [
        ...(framework.arrangements.length === 0 ? ['Leg per aanbieder vast: eigen beheer, subsidie of opdracht, en de vorm van bekostiging.'] : []),
        ...without.map((o) => `Geen afspraak vastgelegd met ${o.name}, die de gemeente wel financiert.`),
      ],
    });
  }

  // 12. Residents involved, clients evaluate, residents informed.
  {
    const wanted: [Safeguard, string][] = [
      ['burgerbetrokkenheid', 'Betrek inwoners en cliëntenorganisaties bij beleid, uitvoering en evaluatie (§1.3, §2.3).'],
      ['clientervaring', 'Laat cliënten de ondersteuning beoordelen, bijvoorbeeld in het cliëntervaringsonderzoek (§3.4).'],
      ['voorlichting', 'Vertel inwoners actief, vooral bij de toegang, dat er gratis en onafhankelijke cliëntondersteuning is (§3.3).'],
    ];
    items.push({
      code: 'betrokkenheid-en-evaluatie',
      duty: 'Inwoners denken mee, cliënten beoordelen de ondersteuning en weten dat die er is',
      source: '§1.3; §3.3; §3.4 Verantwoording',
      status: status(wanted.filter(([s]) => has(s)).length, wanted.length),
      found: wanted.filter(([s]) => has(s)).map(([s]) => framework.safeguards.find((x) => x.safeguard === s)!.note || s),
      missing: wanted.filter(([s]) => !has(s)).map(([, text]) => text),
    });
  }

  // 13. A clear organisation choice (§3.6) — without one, the rest has no place.
  items.push({
    code: 'organisatiekeuze',
    duty: 'De gemeente heeft gekozen hoe cliëntondersteuning is georganiseerd',
    source: '§3.2; §3.6 Drie varianten',
    status: framework.variants.length && framework.approaches.length ? 'voldaan' : framework.variants.length || framework.approaches.length ? 'deels' : 'ontbreekt',
    found: [...framework.variants, ...framework.approaches],
    missing: [
      ...(framework.variants.length ? [] : ['Kies een of meer varianten: sociale wijkteams, één loket of een onafhankelijke organisatie.']),
      ...(framework.approaches.length ? [] : ['Kies hoe u de huidige aanbieders verbindt: in stand houden, zelf organiseren of één regisserende organisatie.']),
    ],
  });
  return items;
}
