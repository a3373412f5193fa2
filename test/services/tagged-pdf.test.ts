import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn } from '../helpers/auth.ts';
import { taggedPdfFacts, type TaggedPdfFacts } from '../helpers/pdf.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';
import { roundReport } from '../../src/services/monitor/report.ts';
import { reportPdf } from '../../src/services/reports/render.ts';
import { planPdf } from '../../src/services/policy/render.ts';
import { loadDemoPolicy } from '../../src/services/policy/demo.ts';
import { municipalityPlan } from '../../src/services/policy/analysis.ts';

/** What every PDF Naast renders must carry (issue 20 §6; ISO 32000-1 §14.8, PDF/UA-1 §7). */
function expectTagged(facts: TaggedPdfFacts, title: string): void {
  expect(facts.structTreeRoot).toBe(true);
  expect(facts.lang).toBe('nl-NL');
  expect(facts.marked).toBe(true);
  expect(facts.displayDocTitle).toBe(true);
  expect(facts.title).toBe(title);
  expect(facts.readingOrder[0]).toBe('H1');
  for (const figure of facts.figures) expect(figure.alt?.length ?? 0).toBeGreaterThan(20);
}

describe('tagged PDF reports (PDF/UA structure)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite');
    await loadDemoMonitor(t.test.db);
    await loadDemoPolicy(t.test.db);
  });
  afterAll(async () => t?.close());

  it('the monitor round report: headings, list, a Figure with alternative text per chart and the map, tables with header cells', async () => {
    const model = await roundReport(t.test.db, '2014-10');
    expect(model.charts.map((c) => c.title)).toContain('Fase van de afspraken per gemeente (indeling 2014)');
    const facts = taggedPdfFacts(await reportPdf(model, { compress: false }));
    expectTagged(facts, model.title);
    expect(facts.figures).toHaveLength(model.charts.length);
    expect(facts.figures.some((f) => f.alt?.startsWith('Kaart van Nederland met per gemeente (indeling 2014)'))).toBe(true);
    // Reading order: title, subtitle, the summary list, the figures, then each table under its heading.
    expect(facts.readingOrder.slice(0, 4)).toEqual(['H1', 'P', 'H2', 'L']);
    const firstFigure = facts.readingOrder.indexOf('Figure');
    const firstTable = facts.readingOrder.indexOf('Table');
    expect(firstFigure).toBeGreaterThan(3);
    expect(firstTable).toBeGreaterThan(firstFigure);
    expect(facts.readingOrder[firstTable - 1]).toBe('H2');
    expect(facts.types.filter((type) => type === 'Table')).toHaveLength(model.tables.length);
    expect(facts.types).toContain('TH');
    expect(facts.types).toContain('TD');
  });

  it('the map table names every municipality of the round’s division with its stage', async () => {
    const model = await roundReport(t.test.db, '2014-10');
    const table = model.tables.find((x) => x.title === 'Fase per gemeente')!;
    expect(table.rows).toHaveLength(403);
    expect(table.rows.some((r) => r[0] === 'De Friese Meren')).toBe(true);
  });

  it('the policy plan draft', async () => {
    const plan = await municipalityPlan(t.test.db, 'utrecht', '2015-01-01');
    const facts = taggedPdfFacts(await planPdf(plan, { compress: false }));
    expectTagged(facts, plan.title);
    expect(facts.types).toEqual(expect.arrayContaining(['H1', 'H2', 'P']));
  });

  it('fonts are embedded and the file identifies as PDF/UA-1 (PDF/UA-1 §5, §7.21.4.1)', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><text x="10" y="50" font-family="Arial" font-weight="bold">Cliënten € 12</text></svg>';
    const bytes = await reportPdf({ title: 'Proef', subtitle: 'sub', sentences: ['één'], charts: [{ title: 'Tekst', svg }], tables: [] }, { compress: false });
    const text = bytes.toString('latin1');
    expect(text).toContain('<pdfuaid:part>1</pdfuaid:part>');
    // Every font is a TrueType program inside the file; none of the 14 standard fonts (not embedded) is used.
    expect(text.match(/\/FontFile2/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(text).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('a chart without its own text alternative gets the title and a pointer to the tables', async () => {
    const facts = taggedPdfFacts(
      await reportPdf({ title: 'Proef', subtitle: 'sub', sentences: ['een'], charts: [{ title: 'Staafjes per jaar', svg: '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="50" height="40"/></svg>' }], tables: [] }, { compress: false }),
    );
    expect(facts.figures).toEqual([{ alt: 'Staafjes per jaar; de cijfers staan in de tabellen van dit rapport.' }]);
  });

  it('the PDF the API sends (compressed streams) is tagged as well', async () => {
    const national = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/monitor/rondes/2014-10/rapport?formaat=pdf', headers: national.headers });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 8).toString()).toBe('%PDF-1.7');
    expectTagged(taggedPdfFacts(res.rawPayload), 'Transitiemonitor cliëntondersteuning: ' + (await roundReport(t.test.db, '2014-10')).title.split(': ')[1]);
  });
});
