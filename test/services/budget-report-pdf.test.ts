import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.ts';
import { taggedPdfFacts } from '../helpers/pdf.ts';
import { budgetReport } from '../../src/services/budget/report.ts';
import { reportPdf } from '../../src/services/reports/render.ts';

/** The budget report PDF (issue 20 §4/§6): tagged like every PDF of Naast (see tagged-pdf.test.ts). */
describe('the budget report PDF', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite');
  });
  afterAll(async () => t?.close());

  it('has the national totals, the map on the 2013 and the 2014 division as Figures with alternative text, and the tables', async () => {
    const model = await budgetReport(t.test.db, 2014);
    expect(model.sentences[0]).toContain('€ 178.669.214');
    expect(model.charts.map((c) => c.title)).toEqual(['Budget MEE 2014 per inwoner per gemeente (indeling 2013)', 'Budget MEE 2014 per inwoner per gemeente (indeling 2014)']);
    // The 2014 map marks the four receivers of Boarnsterhim, hatched with their own legend entry.
    expect(model.charts[1]!.alt).toContain('4 gemeenten niet te verdelen');
    expect(model.charts[1]!.svg).toContain('Niet te verdelen');
    expect(model.charts[1]!.svg).toContain('<pattern');
    const tables = new Map(model.tables.map((x) => [x.title, x.rows]));
    expect(tables.get('Budget per gemeente (indeling 2013)')).toHaveLength(408);
    expect(tables.get('Budget per gemeente (indeling 2014)')).toHaveLength(403);
    expect(tables.get('Niet te verdelen in de indeling 2014')!.map((r) => r[0]).sort()).toEqual(['De Friese Meren', 'Heerenveen', 'Leeuwarden', 'Súdwest-Fryslân']);

    const bytes = await reportPdf(model, { compress: false });
    const facts = taggedPdfFacts(bytes);
    expect(facts.structTreeRoot).toBe(true);
    expect(facts.lang).toBe('nl-NL');
    expect(facts.marked).toBe(true);
    expect(facts.displayDocTitle).toBe(true);
    expect(facts.title).toBe(model.title);
    expect(facts.readingOrder[0]).toBe('H1');
    expect(facts.figures).toHaveLength(2);
    for (const figure of facts.figures) expect(figure.alt).toMatch(/^Kaart van Nederland met per gemeente \(indeling 201[34]/);
    expect(facts.types.filter((type) => type === 'Table')).toHaveLength(model.tables.length);
    const text = bytes.toString('latin1');
    expect(text.match(/\/FontFile2/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(text).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(text).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });
});
