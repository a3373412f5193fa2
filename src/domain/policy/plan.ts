/**
 * The generated draft of the client-support section of a municipality's Wmo plan (beleidsplan): a small
 * document model (headings, paragraphs, lists, tables) built from the framework, the coverage and the
 * checklist, rendered to Markdown here and to Word-compatible HTML and PDF in the services.
 */
import type { CheckItem } from './checklist.ts';
import type { Coverage } from './coverage.ts';
import { groupGaps, uncoveredTargetGroups } from './coverage.ts';
import { ACCESS_CHANNELS, APPROACHES, DELIVERY_MODES, FUNDING_FORMS, SAFEGUARDS, SCALES, VARIANTS, labelOf, type Framework, type FundingForm } from './framework.ts';
import { ageLabel, dutchList, lifeDomainLabel, providerKindLabel, targetGroupLabel } from './labels.ts';
import { APPROACH_REASONS, CHANNEL_REASONS, FUNDING_REASONS, REGIONAL_REASONS, SAFEGUARD_REASONS, VARIANT_REASONS } from './reasons.ts';

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface PlanDocument {
  title: string;
  blocks: Block[];
}

/** The heading of the client-support section, the part a municipality copies into its Wmo plan. */
export const PLAN_SECTION_HEADING = 'Onafhankelijke cliëntondersteuning';

export interface PlanInput {
  municipalityName: string;
  youthRegionName: string | null;
  framework: Framework;
  organisations: ReadonlyMap<string, { name: string; kind: string }>;
  coverage: Coverage;
  checklist: CheckItem[];
  /** ISO date the draft was made. */
  madeOn: string;
}

const MAX_GAP_LINES = 25;

const euro = (cents: number) => `€ ${Math.round(cents / 100).toLocaleString('nl-NL')}`;
const dutchDate = (iso: string) => {
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[m! - 1]} ${y}`;
};

export function buildPlan(input: PlanInput): PlanDocument {
  const { framework: f, coverage, checklist } = input;
  const blocks: Block[] = [];
  const h = (level: 1 | 2 | 3, text: string) => blocks.push({ kind: 'heading', level, text });
  const p = (text: string) => blocks.push({ kind: 'paragraph', text });
  const list = (items: string[]) => items.length && blocks.push({ kind: 'list', items });
  const title = `Cliëntondersteuning in ${input.municipalityName}`;

  h(1, title);
  p(`Concept voor het Wmo-beleidsplan van de gemeente ${input.municipalityName}, gemaakt met Naast op ${dutchDate(input.madeOn)}. Lees de tekst goed en pas hem aan voordat u hem gebruikt.`);
  h(2, PLAN_SECTION_HEADING);

  h(3, 'Wat de wet vraagt');
  p(
    'De Wmo 2015 vraagt de gemeente om cliëntondersteuning voor alle inwoners. Cliëntondersteuning is informatie, advies en kortdurende ondersteuning. Die helpt inwoners om zelf keuzes te maken en problemen op te lossen, op het gebied van maatschappelijke ondersteuning, zorg, jeugdhulp, onderwijs, welzijn, wonen, werk en inkomen.',
  );
  p(
    'Cliëntondersteuning is gratis en onafhankelijk: het belang van de cliënt staat voorop. Een cliënt die twijfelt aan zijn ondersteuner, mag om een andere vragen. Een cliënt mag zijn ondersteuning ook zelf regelen, bijvoorbeeld met familie of een vertegenwoordiger.',
  );

  h(3, 'Hoe wij cliëntondersteuning organiseren');
  if (f.variants.length === 0 && f.approaches.length === 0) {
    p('De gemeente heeft nog geen keuze gemaakt. De handreiking noemt drie varianten: sociale wijkteams, één loket en een onafhankelijke organisatie. Combinaties kunnen ook.');
  } else {
    if (f.variants.length) {
      p(`We kiezen voor ${dutchList(f.variants.map((v) => labelOf(VARIANTS, v).toLowerCase()))}${f.variants.length > 1 ? ', in combinatie' : ''}.`);
      for (const v of f.variants) {
        const r = VARIANT_REASONS[v];
        p(`${labelOf(VARIANTS, v)}. ${r.why} ${r.fits} Let op: ${r.attention.charAt(0).toLowerCase()}${r.attention.slice(1)}`);
      }
    }
    for (const a of f.approaches) {
      const lead = a === 'regisserende-organisatie' && f.leadOrganisationId ? ` Die organisatie is ${input.organisations.get(f.leadOrganisationId)?.name ?? 'nog niet gekozen'}.` : '';
      p(`${labelOf(APPROACHES, a)}. ${APPROACH_REASONS[a]}${lead}`);
    }
  }
  p(`Schaal: ${labelOf(SCALES, f.scale).toLowerCase()}.`);
  if (f.notes.trim()) p(f.notes.trim());

  h(3, 'Zo bereiken inwoners cliëntondersteuning');
  p('Cliëntondersteuning moet makkelijk te bereiken zijn, zonder drempels vooraf. Dat betekent:');
  list(
    ACCESS_CHANNELS.map((c) => {
      const chosen = f.channels.find((x) => x.channel === c.code);
      return chosen ? `${c.label}: ${chosen.details.trim() || CHANNEL_REASONS[c.code]}` : `${c.label}: nog niet geregeld.`;
    }),
  );

  h(3, 'Onafhankelijkheid en het belang van de cliënt');
  const safeguards = f.safeguards.map((s) => {
    const reason = SAFEGUARD_REASONS[s.safeguard];
    return `${labelOf(SAFEGUARDS, s.safeguard)}.${s.note.trim() ? ` ${s.note.trim()}` : ''}${reason ? ` ${reason}` : ''}`;
  });
  if (safeguards.length) list(safeguards);
  else p('Er zijn nog geen waarborgen vastgelegd. Denk aan een beroepscode, een statuut en de scheiding tussen beslissen en ondersteunen.');

  h(3, 'Aanbieders, uitvoering en bekostiging');
  if (f.arrangements.length === 0) {
    p('Er zijn nog geen afspraken met aanbieders vastgelegd. Per aanbieder kiezen we: in eigen beheer, subsidie of een opdracht, en een vorm van bekostiging.');
  } else {
    blocks.push({
      kind: 'table',
      header: ['Aanbieder', 'Soort', 'Uitvoering', 'Bekostiging', 'Bedrag per jaar'],
      rows: f.arrangements.map((a) => {
        const org = input.organisations.get(a.organisationId);
        return [org?.name ?? a.organisationId, org ? providerKindLabel(org.kind) : '', labelOf(DELIVERY_MODES, a.deliveryMode), labelOf(FUNDING_FORMS, a.fundingForm), a.amountCents === null ? '' : euro(a.amountCents)];
      }),
    });
    const forms = [...new Set(f.arrangements.map((a) => a.fundingForm))] as FundingForm[];
    list(forms.map((form) => `${FUNDING_REASONS[form].why} De aanbieder rapporteert over: ${FUNDING_REASONS[form].report}.`));
    const total = f.arrangements.reduce((sum, a) => sum + (a.amountCents ?? 0), 0);
    if (total > 0) p(`Samen is dat ${euro(total)} per jaar.`);
    p('Bij elke vorm van bekostiging vragen we ook naar de ervaringen van cliënten: past de ondersteuning bij hun vraag en zijn zij tevreden?');
  }

  h(3, 'Samenwerking in de regio');
  p(
    `${input.youthRegionName ? `De gemeente hoort bij de jeugdregio ${input.youthRegionName}. ` : ''}We organiseren cliëntondersteuning ${labelOf(SCALES, f.scale).toLowerCase()}. ${REGIONAL_REASONS[f.regionalFunding]}`,
  );
  if (f.scale !== 'lokaal') {
    p('Samen met andere gemeenten houden we kennis voor kleine groepen op peil, zoals mensen met autisme of niet-aangeboren hersenletsel, die we lokaal niet kunnen organiseren.');
  }

  h(3, 'Hiaten en overlap');
  const total = coverage.possible; // combinations that describe nobody are left out (combinations.ts)
  p(
    `We hebben gekeken of er voor elke doelgroep, elke leeftijd en elk levensdomein cliëntondersteuning is: ${total} combinaties die kunnen bestaan (jonge kinderen zijn geen volwassenen, ouderen geen kinderen). Bij ${coverage.gaps} combinaties is er geen aanbieder (een hiaat). Bij ${coverage.overlaps} combinaties zijn er ${coverage.overlapThreshold} of meer aanbieders (overlap).`,
  );
  const none = uncoveredTargetGroups(coverage);
  if (none.length) p(`Voor deze doelgroepen is er helemaal geen aanbod: ${dutchList(none.map((g) => targetGroupLabel(g).toLowerCase()))}.`);
  const gapLines = groupGaps(coverage)
    .filter((g) => !none.includes(g.targetGroup))
    .map((g) => `${targetGroupLabel(g.targetGroup)}, ${ageLabel(g.ageCategory)}: ${g.whole ? 'geen enkel levensdomein' : dutchList(g.lifeDomains.map((d) => lifeDomainLabel(d).toLowerCase()))}.`);
  list(gapLines.slice(0, MAX_GAP_LINES));
  if (gapLines.length > MAX_GAP_LINES) p(`En nog ${gapLines.length - MAX_GAP_LINES} andere combinaties; zie de dekkingskaart.`);
  if (coverage.overlaps > 0) {
    p('Waar veel aanbieders hetzelfde doen, kijken we of de subsidies overlappen en of samenwerking of een duidelijke taakverdeling beter is. Keuze voor de cliënt kan ook een reden zijn om overlap te houden.');
  }
  if (coverage.gaps > 0) p('De hiaten vullen we op door afspraken met bestaande aanbieders aan te passen, door samen te werken in de regio, of door nieuw aanbod in te kopen.');

  h(3, 'Wat nog geregeld moet worden');
  const todo = checklist.filter((c) => c.status !== 'voldaan').flatMap((c) => c.missing);
  if (todo.length) list(todo);
  else p('Alle plichten uit de Wmo 2015 op de checklist zijn geregeld.');
  return { title, blocks };
}

/**
 * Plain text in Markdown: punctuation that means markup gets a backslash, and `< > &` become entities,
 * because CommonMark passes raw HTML through (a provider named `<script>…` or `<img onerror=…>`
 * would run in any Markdown viewer that shows the plan).
 */
const mdEscape = (text: string) =>
  text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!).replace(/([\\`*_[\]#|])/g, '\\$1');

/** Markdown (CommonMark with a GFM table). */
export function planMarkdown(doc: PlanDocument): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${mdEscape(b.text)}`);
        break;
      case 'paragraph':
        out.push(mdEscape(b.text));
        break;
      case 'list':
        out.push(b.items.map((i) => `- ${mdEscape(i)}`).join('\n'));
        break;
      case 'table':
        out.push([b.header, b.header.map(() => '---'), ...b.rows].map((r) => `| ${r.map(mdEscape).join(' | ')} |`).join('\n'));
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
