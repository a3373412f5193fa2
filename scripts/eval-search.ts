/**
 * Measures the resident search of the social map (issue 19 §2, ADR 0012): runs the relevance set
 * data/socialmap/search-eval.csv on a fresh in-memory PGlite with the demo social map of Utrecht, prints
 * the top-3 hit rate and every miss, then the held-out set (search-eval-holdout.csv) for comparison.
 *
 *   npm run eval:search                  fail (exit 1) when the top-3 hit rate is below 0.9
 *   npm run eval:search -- --floor 0.95  another floor (also: NAAST_SEARCH_EVAL_FLOOR)
 *
 * Only the main set is held to the floor; the held-out set is never used to tune the method.
 */
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadReferenceData } from '../src/db/reference/load.ts';
import { loadDemoSocialMap } from '../src/services/socialmap/demo.ts';
import { DEFAULT_FLOOR, EVAL_SET, HOLDOUT_SET, readEvalSet, runEval, type EvalResult } from '../src/services/socialmap/search-eval.ts';

const flag = process.argv.indexOf('--floor');
const floor = Number(flag >= 0 ? process.argv[flag + 1] : (process.env.NAAST_SEARCH_EVAL_FLOOR ?? DEFAULT_FLOOR));
if (!(floor >= 0 && floor <= 1)) {
  process.stderr.write('--floor moet een getal tussen 0 en 1 zijn\n');
  process.exit(2);
}

const pct = (r: EvalResult) => `${(r.rate * 100).toFixed(1)}% (${r.hits}/${r.total})`;
function print(title: string, r: EvalResult): void {
  process.stdout.write(`${title}: top-3 hit rate ${pct(r)}\n`);
  for (const m of r.misses) process.stdout.write(`  MISS "${m.question}"\n       expected ${m.expected.join(' | ')}; top 3: ${m.got.join(' · ') || '(nothing)'}\n`);
}

const db = await openDatabase({});
try {
  await migrate(db);
  await loadReferenceData(db);
  await loadDemoSocialMap(db);
  const main = await runEval(db, readEvalSet(EVAL_SET));
  print(`Relevance set (${EVAL_SET})`, main);
  print(`Held-out set (${HOLDOUT_SET})`, await runEval(db, readEvalSet(HOLDOUT_SET)));
  const ok = main.rate >= floor;
  process.stdout.write(`${ok ? 'OK' : 'TOO LOW'}: ${pct(main)} against a floor of ${(floor * 100).toFixed(0)}%\n`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await db.close();
}
