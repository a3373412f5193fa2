import { Readable } from 'node:stream';
import { sql } from '../../src/db/sql.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { ActivityImportError, importActivities, MAX_LISTED_PROBLEMS } from '../../src/services/activities/import.ts';
import { summarizeActivities } from '../../src/services/activities/summary.ts';
import { csvRecords } from '../../src/services/tabular/csv.ts';
import { validateActivity, parseDate } from '../../src/domain/activities/index.ts';

const HEADER = 'datum;gemeenteCode;aanbiederCode;dienst;minuten;doelgroep;leeftijdscategorie;levensdomein;wijk';
const BOM = '\uFEFF';

/** The bytes in small pieces, as a network upload arrives (pieces may split a character or a line). */
const stream = (text: string, piece = 7) => {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += piece) chunks.push(bytes.subarray(i, i + piece));
  return Readable.from(chunks);
};

const file = (rows: string[], bom = true) => `${bom ? BOM : ''}${HEADER}\r\n${rows.join('\r\n')}\r\n`;

describe('activity rows (domain)', () => {
  const known = (c: string) => c === 'utrecht';
  it('accepts a full row and Dutch dates', () => {
    const r = validateActivity(['1-3-2015', 'Utrecht', 'mee-ugv', 'Cliëntondersteuning', '45', 'Jeugd', '0-18', 'Wonen', 'Overvecht'], known);
    expect(r).toEqual({ activity: { date: '2015-03-01', municipalityCode: 'utrecht', providerCode: 'mee-ugv', service: 'Cliëntondersteuning', minutes: 45, targetGroup: 'Jeugd', ageCategory: '0-18', lifeDomain: 'Wonen', district: 'Overvecht' } });
    expect(parseDate('2015-02-29')).toBeNull();
    expect(parseDate('2016-02-29')).toBe('2016-02-29');
  });
  it('reports every wrong column at once', () => {
    const r = validateActivity(['32-1-2015', 'atlantis', '', '', '1441', '', '70+', '', ''], known);
    expect('problems' in r && r.problems.map((p) => p.column)).toEqual(['datum', 'gemeenteCode', 'aanbiederCode', 'dienst', 'minuten', 'leeftijdscategorie']);
  });
});

describe('CSV records (streaming)', () => {
  it('reads quotes, doubled quotes and line breaks inside quotes, with row numbers', async () => {
    const text = `${BOM}a;b\n"x;1";"he said ""hi"""\n"two\nlines";z\n\nlast;row`;
    const out = [];
    for await (const r of csvRecords(stream(text, 3))) out.push(r);
    expect(out).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['x;1', 'he said "hi"'] },
      { row: 3, fields: ['two\nlines', 'z'] },
      { row: 5, fields: ['last', 'row'] }, // the empty line is row 4, as a spreadsheet counts it
    ]);
  });
});

describe.each(testEngines)('activity import on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
  });
  afterAll(async () => t?.cleanup());

  const count = async () => (await t.db.rows<{ n: number }>(sql`select count(*)::int as n from provider_activities`))[0]!.n;

  it('imports every row of a file with BOM and CRLF, and sums per dimension', async () => {
    const rows = [
      '2015-01-05;utrecht;mee-utrecht-gooi-vecht;Cliëntondersteuning;60;Verstandelijke beperking;18-25;Werk;Overvecht',
      '6-1-2015;utrecht;mee-utrecht-gooi-vecht;Cliëntondersteuning;30;;65+;Wonen;',
      '2015-01-07;utrecht;mee-utrecht-gooi-vecht;"Groepsbijeenkomst; ouders";90;Jeugd;0-18;;Zuid',
      '2015-02-01;beek-l;mee-utrecht-gooi-vecht;Cliëntondersteuning;15;;;;',
    ];
    const r = await importActivities(t.db, { source: stream(file(rows)), fileName: 'jan.csv', userId: null });
    expect(r).toMatchObject({ providerCode: 'mee-utrecht-gooi-vecht', fileName: 'jan.csv', rowCount: 4, minutes: 195, alreadyImported: false });
    expect(await count()).toBe(4);
    const s = await summarizeActivities(t.db, { municipalityCode: 'utrecht', from: '2015-01-01', to: '2015-01-31' });
    expect(s.totals).toEqual({ minutes: 180, rows: 3 });
    expect(s.byService).toEqual([
      { value: 'Cliëntondersteuning', minutes: 90, rows: 2 },
      { value: 'Groepsbijeenkomst; ouders', minutes: 90, rows: 1 },
    ]);
    expect(s.byAgeCategory.find((l) => l.value === '65+')).toEqual({ value: '65+', minutes: 30, rows: 1 });
    expect(s.byTargetGroup.find((l) => l.value === null)).toEqual({ value: null, minutes: 30, rows: 1 });
    expect(s.byDistrict.map((l) => l.value).sort()).toEqual(['Overvecht', 'Zuid', null].sort());
    const own = await summarizeActivities(t.db, { municipalityCode: 'utrecht', from: '2015-01-01', to: '2015-12-31', providerCodes: ['other'] });
    expect(own.totals).toEqual({ minutes: 0, rows: 0 });
  });

  it('does not double rows when the same file comes again (sha256), also without changes in name', async () => {
    const text = file(['2015-03-02;utrecht;aanbieder-x;Huisbezoek;40;;;;'], false);
    const first = await importActivities(t.db, { source: stream(text), fileName: 'a.csv', userId: null });
    const before = await count();
    const again = await importActivities(t.db, { source: stream(text, 1000), fileName: 'b.csv', userId: null });
    expect(again).toMatchObject({ importId: first.importId, alreadyImported: true, rowCount: 1, minutes: 40, fileName: 'a.csv' });
    expect(await count()).toBe(before);
  });

  it('writes nothing when any row is wrong, and names each row and column (capped list, full count)', async () => {
    const before = await count();
    const good = '2015-01-05;utrecht;p1;Dienst;10;;;;';
    const rows = [good, '2015-13-01;utrecht;p1;Dienst;10;;;;', good, '2015-01-05;atlantis;p1;Dienst;0;;;;', good, '2015-01-05;utrecht;p2;Dienst;10;;;;'];
    const err = await importActivities(t.db, { source: stream(file(rows)), fileName: 'x.csv', userId: null }).catch((e) => e);
    expect(err).toBeInstanceOf(ActivityImportError);
    expect(err.problems).toEqual([
      { row: 3, column: 'datum', columnLetter: 'A', message: expect.stringContaining('Geen geldige datum') },
      { row: 5, column: 'gemeenteCode', columnLetter: 'B', message: 'Onbekende gemeente "atlantis".' },
      { row: 5, column: 'minuten', columnLetter: 'E', message: expect.any(String) },
      { row: 7, column: 'aanbiederCode', columnLetter: 'C', message: expect.stringContaining('Eén aanbieder per bestand') },
    ]);
    expect(err.total).toBe(4);
    expect(await count()).toBe(before);

    const many = Array.from({ length: 250 }, () => '2015-01-05;utrecht;p1;Dienst;abc;;;;');
    const capped = await importActivities(t.db, { source: stream(file(many), 4096), fileName: 'y.csv', userId: null }).catch((e) => e);
    expect(capped.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(capped.total).toBe(250);
    expect(capped.message).toMatch(/^Het bestand is niet ingelezen: 250 problemen/);
    expect(await count()).toBe(before);
  });

  it('refuses a wrong header, an empty file and a file that mixes UTF-8 with other bytes', async () => {
    const wrong = await importActivities(t.db, { source: stream('datum;gemeente\n2015-01-01;utrecht\n'), fileName: 'h.csv', userId: null }).catch((e) => e);
    expect(wrong.problems[0]).toMatchObject({ row: 1, message: expect.stringContaining('datum;gemeenteCode;aanbiederCode') });
    const empty = await importActivities(t.db, { source: stream(`${BOM}${HEADER}\n`), fileName: 'e.csv', userId: null }).catch((e) => e);
    expect(empty.problems[0].message).toBe('Het bestand bevat geen activiteiten.');
    const mixed = Buffer.concat([Buffer.from(`${HEADER}\n2015-01-05;utrecht;p1;Café;10;;;;\n2015-01-05;utrecht;p1;Caf`), Buffer.from([0xe9]), Buffer.from(';10;;;;\n')]);
    const notText = await importActivities(t.db, { source: Readable.from([mixed]), fileName: 'l.csv', userId: null }).catch((e) => e);
    expect(notText.problems[0].message).toMatch(/geen tekstbestand in UTF-8 of Windows-1252/);
  });

  it('reads Windows-1252 (Dutch Excel) and counts the same rows saved again differently only once', async () => {
    const utf8 = Buffer.from(`${BOM}${HEADER}\n2015-04-01;utrecht;p-1252;Café;25;;65+;;\n2015-04-02;utrecht;p-1252;Huisbezoek;30;;;;\n`);
    const first = await importActivities(t.db, { source: Readable.from([utf8]), fileName: 'utf8.csv', userId: null });
    expect(first).toMatchObject({ alreadyImported: false, rowCount: 2, minutes: 55 });
    // The same rows as Excel saves them: Windows-1252, Dutch dates, CRLF, quotes and an empty row.
    const resaved = Buffer.from(`${HEADER}\r\n1-4-2015;"utrecht";p-1252;Café;25;;65+;;\r\n;;;;;;;;\r\n02-04-2015;utrecht;p-1252;Huisbezoek;30;;;;\r\n`, 'latin1');
    const again = await importActivities(t.db, { source: Readable.from([resaved]), fileName: 'excel.csv', userId: null });
    expect(again).toMatchObject({ importId: first.importId, alreadyImported: true, rowCount: 2 });
  });

  it('applies the caller’s scope per row (a provider imports its own code only)', async () => {
    const before = await count();
    const permit = (a: { providerCode: string }) => (a.providerCode === 'mine' ? null : { column: 'aanbiederCode' as const, message: 'Niet uw organisatie.' });
    const err = await importActivities(t.db, { source: stream(file(['2015-01-05;utrecht;other;Dienst;10;;;;'])), fileName: 's.csv', userId: null, permit }).catch((e) => e);
    expect(err.problems).toEqual([{ row: 2, column: 'aanbiederCode', columnLetter: 'C', message: 'Niet uw organisatie.' }]);
    expect(await count()).toBe(before);
    const ok = await importActivities(t.db, { source: stream(file(['2015-01-05;utrecht;mine;Dienst;10;;;;'])), fileName: 's.csv', userId: null, permit });
    expect(ok.rowCount).toBe(1);
  });

  it('streams a larger file in batches across the COPY buffer (50,000 rows, comma dialect)', async () => {
    const before = await count();
    const header = HEADER.replace(/;/g, ',');
    async function* generate() {
      yield `${header}\n`;
      for (let i = 0; i < 50; i++) {
        let chunk = '';
        for (let j = 0; j < 1000; j++) chunk += `2015-04-${String((j % 28) + 1).padStart(2, '0')},utrecht,bulk,Dienst ${j % 7},${(j % 120) + 1},,,,\n`;
        yield chunk;
      }
    }
    const r = await importActivities(t.db, { source: generate(), fileName: 'bulk.csv', userId: null });
    expect(r.rowCount).toBe(50_000);
    expect(await count()).toBe(before + 50_000);
  });

  it('reads a 20,000-row file with a bad row every 100 to its end: nothing written, the first 100 listed, all 200 counted', async () => {
    const before = await count();
    async function* generate() {
      yield `${BOM}${HEADER}\r\n`;
      for (let i = 0; i < 20; i++) {
        let chunk = '';
        for (let j = 0; j < 1000; j++) {
          const n = i * 1000 + j;
          chunk += n % 100 === 99 ? `2015-02-30;utrecht;late;Dienst;10;;;;\r\n` : `2015-02-${String((n % 28) + 1).padStart(2, '0')};utrecht;late;Dienst;${(n % 90) + 1};;;;\r\n`;
        }
        yield chunk;
      }
    }
    const err = await importActivities(t.db, { source: generate(), fileName: 'late.csv', userId: null }).catch((e) => e);
    expect(err).toBeInstanceOf(ActivityImportError);
    expect(err.total).toBe(200);
    expect(err.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    // Row numbers as a spreadsheet shows them: the header is row 1, data row n is row n + 2.
    expect(err.problems[0]).toMatchObject({ row: 101, column: 'datum', columnLetter: 'A' });
    expect(err.problems[99]).toMatchObject({ row: 10_001, column: 'datum' });
    expect(await count()).toBe(before);
  });
});
