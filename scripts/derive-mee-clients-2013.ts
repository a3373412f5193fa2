/**
 * Derive the 2013 MEE clients per municipality from Bijlage 5 (data/reference/2014/municipalities-2013.csv)
 * and the key (20% inhabitants, 80% clients), and write data/reference/2014/mee-clients-2013.csv.
 *
 *   npx tsx scripts/derive-mee-clients-2013.ts
 *
 * The counts were never published; the method and its check are in src/domain/budget/derive-clients.ts and
 * data/reference/SOURCES.md §5. Deterministic; stops with exit code 1 (writing nothing) when an organisation
 * has no total for which every row is a whole number.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveClientCounts, deriveShares } from '../src/domain/budget/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IN = path.join(ROOT, 'data/reference/2014/municipalities-2013.csv');
const ORGS = path.join(ROOT, 'data/reference/2014/mee-organisations.csv');
const OUT = path.join(ROOT, 'data/reference/2014/mee-clients-2013.csv');
const SOURCE = 'afgeleid uit Bijlage 5 (Handreiking cliëntondersteuning 2014) met de verdeelsleutel 20/80, zie SOURCES.md §5';

const records = (file: string) => {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = head!.split(';');
  return lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [cols[i]!, v])) as Record<string, string>);
};

const rows = records(IN);
const totals = Object.fromEntries(records(ORGS).map((o) => [o.code!, { clientSupportCents: Number(o.budget_mee_eur) * 100, ivhCents: Number(o.budget_ivh_eur) * 100 }]));
const derived = deriveShares(
  rows.map((r) => ({ municipalityId: r.naam!, organisationId: r.mee_code!, clientSupportCents: Number(r.budget_mee_eur) * 100, ivhCents: Number(r.budget_ivh_eur) * 100 })),
  undefined,
  { publishedTotals: totals },
);
const counts = deriveClientCounts(derived);
const failed = counts.filter((c) => c.totalClients === null).map((c) => c.organisationId);
if (failed.length) {
  process.stderr.write(`Geen heel aantal cliënten gevonden voor: ${failed.join(', ')}\n`);
  process.exit(1);
}
const byName = new Map(counts.flatMap((c) => c.rows.map((r) => [r.municipalityId, { ...r, total: c.totalClients!, bound: c.bound! }] as const)));
const out = ['naam;cbs_code;mee_code;clienten_2013;clienten_mee_organisatie;exact;afwijking;marge;binnen_marge;bron'];
for (const r of rows) {
  const c = byName.get(r.naam!)!;
  out.push([r.naam, r.cbs_code, r.mee_code, c.clients, c.total, c.exact, c.deviation.toFixed(4), c.bound.toFixed(4), c.outsideStrictBound ? 'nee' : 'ja', SOURCE].join(';'));
}
writeFileSync(OUT, `${out.join('\n')}\n`);
const national = counts.reduce((a, c) => a + c.totalClients!, 0);
const outside = counts.flatMap((c) => c.rows.filter((r) => r.outsideStrictBound).map((r) => r.municipalityId));
process.stdout.write(`${rows.length} gemeenten, ${counts.length} MEE-organisaties, ${national} MEE-cliënten (2013, afgeleid).\n`);
process.stdout.write(`Buiten de strikte afrondingsmarge (wel binnen 1,5×): ${outside.join(', ') || 'geen'}.\n`);
