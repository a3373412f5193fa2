import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { readyDatabase, type TestDatabase } from '../helpers/db.ts';
import { permitFor } from '../../src/domain/activities/permit.ts';
import type { Grant } from '../../src/domain/access/index.ts';
import { importActivities, ImportTooLargeError } from '../../src/services/activities/import.ts';
import { runningImportWorker } from '../../src/services/activities/import-worker-client.ts';

// On PGlite the per-row work runs in a worker thread (import-worker.ts); a permit function of the
// caller's own keeps it in this thread. Both paths must give the same outcome (issue 23 goal 2).
const HEADER = 'datum;gemeenteCode;aanbiederCode;dienst;minuten;doelgroep;leeftijdscategorie;levensdomein;wijk';
const MEE = 'mee-utrecht-gooi-vecht';
const inThread = () => null; // a permit function: forces the in-thread path

const chunks = (text: string, piece = 1000) => {
  const bytes = Buffer.from(text, 'utf8');
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += piece) out.push(bytes.subarray(i, i + piece));
  return Readable.from(out);
};
const rows = (n: number, municipality = 'utrecht', from = 0) =>
  Array.from({ length: n }, (_, i) => `2015-01-${String(1 + ((from + i) % 28)).padStart(2, '0')};${municipality};${MEE};Dienst ${from + i} é\\t;${1 + ((from + i) % 60)};;;;Wijk ${i % 7}`);
const file = (lines: string[]) => `${HEADER}\n${lines.join('\n')}\n`;

describe('activity import in the worker thread (pglite)', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase('pglite');
  });
  afterAll(async () => t?.cleanup());

  const count = async () => (await t.db.rows<{ n: number }>(sql`select count(*)::int as n from provider_activities`))[0]!.n;
  const leftovers = async () =>
    (await t.db.rows<{ n: number }>(sql`select count(*)::int as n from pg_class where relname ~ '^provider_activities_[0-9a-f]{32}$' and not relispartition`))[0]!.n;

  it('gives the same rows and sha256 as the in-thread path, across several COPY chunks', async () => {
    const text = file(rows(25_000));
    const first = await importActivities(t.db, { source: chunks(text), fileName: 'a.csv', userId: null, permit: inThread });
    expect(first).toMatchObject({ rowCount: 25_000, alreadyImported: false });
    // The same rows through the worker: recognised as imported before (same sha256), nothing added.
    const again = await importActivities(t.db, { source: chunks(text, 7), fileName: 'b.csv', userId: null });
    expect(await runningImportWorker()).not.toBeNull();
    expect(again).toMatchObject({ importId: first.importId, rowCount: 25_000, minutes: first.minutes, alreadyImported: true });

    const other = file(rows(12_345, 'utrecht', 100_000));
    const viaWorker = await importActivities(t.db, { source: chunks(other), fileName: 'c.csv', userId: null });
    expect(viaWorker).toMatchObject({ rowCount: 12_345, alreadyImported: false });
    const [stored] = await t.db.rows<{ n: number; m: number; d: string }>(
      sql`select count(*)::int as n, sum(minutes)::int as m, min(service) as d from provider_activities where import_id = ${viaWorker.importId}`,
    );
    expect(stored).toEqual({ n: 12_345, m: viaWorker.minutes, d: 'Dienst 100000 é\\t' });
    const inThreadAgain = await importActivities(t.db, { source: chunks(other), fileName: 'd.csv', userId: null, permit: inThread });
    expect(inThreadAgain).toMatchObject({ importId: viaWorker.importId, alreadyImported: true });
  });

  it('reports the same problems, and the permission from data as the permit function does', async () => {
    const before = await count();
    const bad = file([...rows(3), '32-1-2015;atlantis;x;;9999;;;;', ...rows(2, 'beek-l'), '2015-01-01;utrecht;other;D;5;;;;']);
    const grants: Grant[] = [{ role: 'aanbieder', organisation: { kind: 'mee-organisatie', code: MEE } }];
    const meeAreas = new Map([[MEE, new Set(['utrecht'])]]);
    const threaded = await importActivities(t.db, { source: chunks(bad), fileName: 'x.csv', userId: null, permit: permitFor(grants, meeAreas) }).catch((e) => e);
    const worker = await importActivities(t.db, { source: chunks(bad), fileName: 'x.csv', userId: null, access: { grants, meeAreas } }).catch((e) => e);
    expect(worker.constructor).toBe(threaded.constructor);
    expect(worker.problems.length).toBeGreaterThan(3);
    expect({ problems: worker.problems, total: worker.total, message: worker.message }).toEqual({ problems: threaded.problems, total: threaded.total, message: threaded.message });
    // A CSV error of the reader itself, and the size limit.
    const quote = await importActivities(t.db, { source: chunks(`${HEADER}\n"open;x\n`), fileName: 'q.csv', userId: null }).catch((e) => e);
    const quoteThreaded = await importActivities(t.db, { source: chunks(`${HEADER}\n"open;x\n`), fileName: 'q.csv', userId: null, permit: inThread }).catch((e) => e);
    expect(quote.problems).toEqual(quoteThreaded.problems);
    const big = await importActivities(t.db, { source: chunks(file(rows(5000))), fileName: 'b.csv', userId: null, maxBytes: 100_000 }).catch((e) => e);
    expect(big).toBeInstanceOf(ImportTooLargeError);
    expect(await count()).toBe(before);
    expect(await leftovers()).toBe(0);
  });

  it('rejects cleanly when the worker dies mid-import, and the next import gets a fresh one', async () => {
    const before = await count();
    const text = Buffer.from(file(rows(30_000)));
    let sent = 0;
    const source = (async function* () {
      for (let i = 0; i < text.length; i += 64 * 1024) {
        yield text.subarray(i, i + 64 * 1024);
        if (++sent === 20) await (await runningImportWorker())!.terminate(); // after the first COPY chunks
      }
    })();
    const failed = await importActivities(t.db, { source, fileName: 'crash.csv', userId: null }).catch((e) => e);
    expect(failed).toBeInstanceOf(Error);
    expect(failed.message).toMatch(/niets opgeslagen/);
    expect(await count()).toBe(before);
    expect(await leftovers()).toBe(0);
    const next = await importActivities(t.db, { source: chunks(file(rows(100, 'utrecht', 500_000))), fileName: 'next.csv', userId: null });
    expect(next).toMatchObject({ rowCount: 100, alreadyImported: false });
    expect(await runningImportWorker()).not.toBeNull();
  });
});
