/**
 * Extract the 2014 reference data (MEE organisations, youth regions, the 408 municipalities of
 * Bijlage 5 and the municipal division change of 1 January 2014) from the seed
 * "Handreiking cliëntondersteuning" (2014) into data/reference/2014/*.csv.
 *
 *   npx tsx scripts/extract-reference-2014.ts [path/to/004_19a1198e64b37a6a.txt]
 *
 * Re-runnable and deterministic. Everything is verified before anything is written; any failed
 * check stops the run with exit code 1. See data/reference/SOURCES.md for the sources.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  deriveYouthRegions,
  fixHyphenArtefacts,
  matchCbsName,
  matchMeeName,
  parseBijlage5,
  parseTabel3,
  slugify,
  splitMee,
  splitOnRegion,
} from './reference/parse-seed.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = process.argv[2]
  ? path.resolve(process.argv[2])
  : path.resolve(ROOT, '../shared/seeds/004_19a1198e64b37a6a.txt');
const OUT_DIR = path.join(ROOT, 'data/reference/2014');
const CBS_2013 = path.join(ROOT, 'data/reference/cbs-gemeentecodes-2013.csv');
const NAME_VARIANTS = path.join(ROOT, 'data/reference/municipality-name-variants.csv');

// What the source itself states (Tabel 3 TOTAAL, text of Bijlage 5 and the guide).
const EXPECTED = { municipalities: 408, youthRegions: 41, organisations: 22, mee: 178_669_214, ivh: 1_802_511 };

/**
 * Changes of the municipal division on 1 January 2014 (CBS "Gemeentelijke indeling op 1 januari
 * 2014": 408 → 403 municipalities; Staatsblad 2013, 286 for Fryslân). Names are spelled as in
 * Bijlage 5, so the rows join on municipalities-2013.csv; the merged Alphen keeps its B5 name.
 */
const DATUM_2014 = '2014-01-01';
const BRON_ALPHEN = 'CBS gemeentelijke indeling op 1 januari 2014';
const BRON_FRYSLAN = 'CBS gemeentelijke indeling op 1 januari 2014, Stb. 2013, 286';
const HERINDELING_2014: { soort: 'samenvoeging' | 'splitsing'; van: string; naar: string; bron: string }[] = [
  { soort: 'samenvoeging', van: 'Alphen a/d Rijn', naar: 'Alphen a/d Rijn', bron: BRON_ALPHEN },
  { soort: 'samenvoeging', van: 'Boskoop', naar: 'Alphen a/d Rijn', bron: BRON_ALPHEN },
  { soort: 'samenvoeging', van: 'Rijnwoude', naar: 'Alphen a/d Rijn', bron: BRON_ALPHEN },
  { soort: 'samenvoeging', van: 'Gaasterlân-Sleat', naar: 'De Friese Meren', bron: BRON_FRYSLAN },
  { soort: 'samenvoeging', van: 'Lemsterland', naar: 'De Friese Meren', bron: BRON_FRYSLAN },
  { soort: 'samenvoeging', van: 'Skarsterlân', naar: 'De Friese Meren', bron: BRON_FRYSLAN },
  { soort: 'splitsing', van: 'Boarnsterhim', naar: 'De Friese Meren', bron: BRON_FRYSLAN },
  { soort: 'splitsing', van: 'Boarnsterhim', naar: 'Heerenveen', bron: BRON_FRYSLAN },
  { soort: 'splitsing', van: 'Boarnsterhim', naar: 'Leeuwarden', bron: BRON_FRYSLAN },
  { soort: 'splitsing', van: 'Boarnsterhim', naar: 'Súdwest Fryslân', bron: BRON_FRYSLAN },
];
/** CBS code of the new municipality, from CBS cbs_gemeente_2014_gegeneraliseerd (see SOURCES.md). */
const NEW_2014_CBS: Record<string, string> = { 'De Friese Meren': 'GM1921' };

const errors: string[] = [];
function check(ok: boolean, message: string): void {
  if (!ok) errors.push(message);
}
function stopOnErrors(): void {
  if (errors.length === 0) return;
  console.error(`extract-reference-2014: ${errors.length} controle(s) mislukt:`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}

interface Organisation { code: string; naam: string; tabel3: string; budgetMee: number; budgetIvh: number }
interface Municipality { naam: string; regio: string; meeCode: string; meeRaw: string; budgetMee: number; budgetIvh: number }

/** Tabel 3 → organisations with canonical name (Tabel 3 spelling without PDF artefacts). */
function readOrganisations(lines: string[]): Organisation[] {
  const { rows, total } = parseTabel3(lines);
  const orgs = rows.map((r) => {
    const naam = fixHyphenArtefacts(r.text);
    return { code: slugify(naam), naam, tabel3: r.text, budgetMee: r.budgetMee, budgetIvh: r.budgetIvh };
  });
  check(orgs.length === EXPECTED.organisations, `Tabel 3: ${orgs.length} organisaties, verwacht ${EXPECTED.organisations}`);
  check(new Set(orgs.map((o) => o.code)).size === orgs.length, 'Tabel 3: codes van organisaties niet uniek');
  checkTotals('Tabel 3 (som)', sum(orgs, 'budgetMee'), sum(orgs, 'budgetIvh'));
  checkTotals('Tabel 3 (TOTAAL-regel)', total.budgetMee, total.budgetIvh);
  return orgs;
}

/** Bijlage 5 → municipalities; splits the glued municipality / youth-region text. */
function readMunicipalities(lines: string[], orgs: Organisation[]): { list: Municipality[]; regions: string[] } {
  const { rows, total } = parseBijlage5(lines);
  const parts = rows.map((r) => ({ ...splitMee(fixHyphenArtefacts(r.text)), meeRaw: splitMee(r.text).mee, ...r }));
  const regions = deriveYouthRegions(parts.map((p) => p.place));
  const regionSet = new Set(regions);
  const byTabel3 = new Map(orgs.map((o) => [o.tabel3, o.code]));
  const list = parts.map((p) => {
    const split = splitOnRegion(p.place, regionSet);
    check(split.matches === 1, `"${p.place}": ${split.matches} jeugdregio's passen als achtervoegsel`);
    const meeCode = byTabel3.get(matchMeeName(p.mee, [...byTabel3.keys()]))!;
    return { naam: split.municipality, regio: split.region, meeCode, meeRaw: p.meeRaw, budgetMee: p.budgetMee, budgetIvh: p.budgetIvh };
  });
  check(list.length === EXPECTED.municipalities, `Bijlage 5: ${list.length} gemeenten, verwacht ${EXPECTED.municipalities}`);
  check(new Set(list.map((m) => m.naam)).size === list.length, 'Bijlage 5: gemeentenamen niet uniek');
  check(regions.length === EXPECTED.youthRegions, `Bijlage 5: ${regions.length} jeugdregio's, verwacht ${EXPECTED.youthRegions}`);
  check(new Set(regions.map(slugify)).size === regions.length, "Jeugdregio's: codes niet uniek");
  check(regions.every((r) => list.some((m) => m.regio === r)), "Jeugdregio's: een afgeleide regio heeft geen gemeente");
  checkTotals('Bijlage 5 (som)', sum(list, 'budgetMee'), sum(list, 'budgetIvh'));
  checkTotals('Bijlage 5 (TOTAAL-regel)', total.budgetMee, total.budgetIvh);
  for (const org of orgs) {
    const own = list.filter((m) => m.meeCode === org.code);
    check(own.length > 0, `${org.naam}: geen gemeenten in Bijlage 5`);
    check(sum(own, 'budgetMee') === org.budgetMee, `${org.naam}: som budget MEE ${sum(own, 'budgetMee')} ≠ Tabel 3 ${org.budgetMee}`);
    check(sum(own, 'budgetIvh') === org.budgetIvh, `${org.naam}: som budget IVH ${sum(own, 'budgetIvh')} ≠ Tabel 3 ${org.budgetIvh}`);
  }
  return { list, regions };
}

function sum<T>(items: T[], key: keyof T): number {
  return items.reduce((acc, item) => acc + (item[key] as number), 0);
}

function checkTotals(label: string, mee: number, ivh: number): void {
  check(mee === EXPECTED.mee, `${label}: budget MEE ${mee}, verwacht ${EXPECTED.mee}`);
  check(ivh === EXPECTED.ivh, `${label}: budget IVH ${ivh}, verwacht ${EXPECTED.ivh}`);
}

/** CBS codes 2013 joined by name; names without exactly one match stay empty and are reported. */
function cbsCodes(list: Municipality[]): { codes: Map<string, string>; report: string[] } {
  const codes = new Map<string, string>();
  const report: string[] = [];
  if (!existsSync(CBS_2013)) return { codes, report: ['geen CBS-codelijst gevonden; cbs_code blijft leeg'] };
  const rows = readFileSync(CBS_2013, 'utf8').trim().split('\n').slice(1).map((l) => l.split(';'));
  const byName = new Map(rows.map(([code, naam]) => [naam!, code!]));
  check(rows.length === EXPECTED.municipalities && byName.size === rows.length, 'CBS-codelijst 2013: geen 408 unieke namen');
  check(rows.every(([code]) => /^GM\d{4}$/.test(code!)), 'CBS-codelijst 2013: ongeldige code');
  const variants = nameVariants(new Map(rows.map(([code, naam]) => [code!, naam!])));
  const used = new Map<string, string>();
  for (const m of list) {
    const hit = matchCbsName(m.naam, [...byName.keys()], variants);
    if (!hit) {
      report.push(`${m.naam}: geen CBS-naam gevonden, cbs_code leeg`);
      continue;
    }
    check(!used.has(hit.naam), `CBS-naam "${hit.naam}" past op "${used.get(hit.naam)}" én "${m.naam}"`);
    used.set(hit.naam, m.naam);
    codes.set(m.naam, byName.get(hit.naam)!);
    if (hit.rule !== 'exact') report.push(`${m.naam} → ${hit.naam} (regel: ${hit.rule})`);
  }
  return { codes, report };
}

/** Documented spellings (not the official ones) → the CBS name of their code. */
function nameVariants(cbsNameOf: Map<string, string>): Map<string, string> {
  const variants = new Map<string, string>();
  if (!existsSync(NAME_VARIANTS)) return variants;
  for (const line of readFileSync(NAME_VARIANTS, 'utf8').trim().split('\n').slice(1)) {
    const [code, naam, soort] = line.split(';');
    const official = cbsNameOf.get(code!);
    if (soort !== 'officieel' && official) variants.set(naam!, official);
  }
  return variants;
}

/** Apply the 2014 changes: check names, count 403, and place new municipalities. */
function divide2014(list: Municipality[]): { naam: string; regio: string; meeCode: string }[] {
  const names = new Set(list.map((m) => m.naam));
  for (const h of HERINDELING_2014) check(names.has(h.van), `Herindeling: "${h.van}" staat niet in Bijlage 5`);
  const targets = new Set(HERINDELING_2014.map((h) => h.naar));
  const dissolved = new Set(HERINDELING_2014.map((h) => h.van).filter((v) => !targets.has(v)));
  const created = [...targets].filter((t) => !names.has(t));
  const count2014 = names.size - dissolved.size + created.length;
  check(count2014 === 403, `Herindeling 2014 geeft ${count2014} gemeenten, verwacht 403`);
  return created.map((naam) => {
    const from = HERINDELING_2014.filter((h) => h.naar === naam).map((h) => list.find((m) => m.naam === h.van)!);
    const regio = from[0]!.regio;
    const meeCode = from[0]!.meeCode;
    check(from.every((m) => m.regio === regio), `${naam}: voorgangers liggen in verschillende jeugdregio's`);
    check(from.every((m) => m.meeCode === meeCode), `${naam}: voorgangers vallen onder verschillende MEE-organisaties`);
    return { naam, regio, meeCode };
  });
}

function csv(header: string[], rows: (string | number)[][]): string {
  const field = (v: string | number) => (/[;"\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
  return [header, ...rows].map((r) => r.map(field).join(';')).join('\n') + '\n';
}

function aliases(orgs: Organisation[], list: Municipality[]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  const add = (code: string, alias: string, bron: string) => {
    const key = `${code}|${alias}|${bron}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push([code, alias, bron]);
  };
  for (const o of orgs) [o.tabel3, o.naam].forEach((a) => add(o.code, a, 'tabel3'));
  for (const m of list) [m.meeRaw, fixHyphenArtefacts(m.meeRaw)].forEach((a) => add(m.meeCode, a, 'bijlage5'));
  return out.sort((a, b) => a.join('|').localeCompare(b.join('|'), 'nl'));
}

function main(): void {
  if (!existsSync(SEED)) {
    console.error(`extract-reference-2014: seedbestand niet gevonden: ${SEED}`);
    process.exit(1);
  }
  const lines = readFileSync(SEED, 'utf8').split(/\r?\n/);
  let orgs: Organisation[];
  let municipalities: { list: Municipality[]; regions: string[] };
  try {
    orgs = readOrganisations(lines);
    municipalities = readMunicipalities(lines, orgs);
  } catch (e) {
    errors.push((e as Error).message);
    return stopOnErrors();
  }
  const { list, regions } = municipalities;
  const { codes, report } = cbsCodes(list);
  const created = divide2014(list);
  stopOnErrors();

  mkdirSync(OUT_DIR, { recursive: true });
  const write = (file: string, content: string) => writeFileSync(path.join(OUT_DIR, file), content, 'utf8');
  write('mee-organisations.csv', csv(['code', 'naam', 'budget_mee_eur', 'budget_ivh_eur'],
    orgs.map((o) => [o.code, o.naam, o.budgetMee, o.budgetIvh])));
  write('mee-organisation-aliases.csv', csv(['mee_code', 'alias', 'bron'], aliases(orgs, list)));
  write('youth-regions.csv', csv(['code', 'naam'],
    regions.map((r) => [slugify(r), r]).sort((a, b) => a[0]!.localeCompare(b[0]!))));
  write('municipalities-2013.csv', csv(['naam', 'jeugdregio_code', 'mee_code', 'budget_mee_eur', 'budget_ivh_eur', 'cbs_code'],
    list.map((m) => [m.naam, slugify(m.regio), m.meeCode, m.budgetMee, m.budgetIvh, codes.get(m.naam) ?? ''])));
  write('herindeling-2014.csv', csv(['datum', 'soort', 'van', 'naar', 'bron'],
    HERINDELING_2014.map((h) => [DATUM_2014, h.soort, h.van, h.naar, h.bron])));
  write('municipalities-2014-new.csv', csv(['naam', 'jeugdregio_code', 'mee_code', 'cbs_code'],
    created.map((c) => [c.naam, slugify(c.regio), c.meeCode, NEW_2014_CBS[c.naam] ?? ''])));

  console.log(`Geschreven naar ${path.relative(ROOT, OUT_DIR)}: ${orgs.length} MEE-organisaties, ` +
    `${regions.length} jeugdregio's, ${list.length} gemeenten (2013), ${HERINDELING_2014.length} herindelingsregels, ` +
    `${created.length} nieuwe gemeente(n) 2014; CBS-codes: ${codes.size} van ${list.length}.`);
  for (const line of report) console.log(`  CBS: ${line}`);
}

main();
