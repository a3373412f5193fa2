import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { loadDemoSocialMap } from '../../src/services/socialmap/demo.ts';
import { exceljs } from '../../src/services/lazy-modules.ts';

/** Issue 17 §5: inputs that used to give a 500 answer with a 4xx problem in Dutch. */
describe.each(testEngines)('odd inputs give a Dutch 4xx, not a 500 (%s)', (engine) => {
  let t: TestApp;
  let officer: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    await loadDemoSocialMap(t.test.db);
    officer = await signIn(t.test.db, [grant('gemeente-beleid', 'gemeente', 'utrecht')]);
  }, 60_000);
  afterAll(async () => t?.close());

  const expectDutchProblem = (res: { statusCode: number; headers: Record<string, unknown>; json(): { detail: string } }) => {
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(String(res.headers['content-type'])).toMatch(/application\/problem\+json/);
    expect(res.json().detail).toMatch(/[a-z]/);
    expect(res.json().detail).not.toMatch(/invalid input syntax|Cannot read|TypeError|undefined/i);
  };

  it('an HSDS document with upper-case uuids', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/sociale-kaart/hsds?gemeenteCode=utrecht' })).json();
    const upper = JSON.parse(JSON.stringify(doc).replace(/"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"/g, (m) => m.toUpperCase()));
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/sociale-kaart/hsds/import', headers: officer.headers, payload: upper });
    if (res.statusCode !== 200) expectDutchProblem(res);
    // The same id twice, once in upper case: a duplicate, not a primary-key crash.
    const mixed = structuredClone(doc);
    mixed.services[1].id = String(mixed.services[0].id).toUpperCase();
    const res2 = await t.app.inject({ method: 'POST', url: '/api/v1/sociale-kaart/hsds/import', headers: officer.headers, payload: mixed });
    if (res2.statusCode !== 200) expectDutchProblem(res2);
  });

  it('an XLSX file whose header row is empty, or starts after an empty cell', async () => {
    const upload = async (fill: (sheet: import('exceljs').Worksheet) => void) => {
      const workbook = new (exceljs().Workbook)();
      fill(workbook.addWorksheet('Diensten'));
      return t.app.inject({
        method: 'POST',
        url: '/api/v1/sociale-kaart/diensten/import',
        headers: { ...officer.headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        payload: Buffer.from(await workbook.xlsx.writeBuffer()),
      });
    };
    const answers = [
      // A styled but empty first row, data below it.
      await upload((sheet) => {
        sheet.getRow(1).getCell(1).style = { font: { bold: true } };
        sheet.getRow(1).getCell(2).value = '';
        sheet.getRow(2).values = ['a', 'b', 'c'];
      }),
      // The header starts in column C: the first cells of the row are holes, not empty text.
      await upload((sheet) => {
        sheet.getCell('C1').value = 'naam';
        sheet.getCell('D1').value = 'aanbieder_id';
        sheet.getCell('C2').value = 'Dienst';
      }),
      // Only an empty header row.
      await upload((sheet) => {
        sheet.getCell('A1').value = ' ';
      }),
    ];
    for (const res of answers) expectDutchProblem(res);
  });

  it('a state-changing request with Origin: null', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/sociale-kaart/gemeenten/utrecht/aanbieders', headers: { ...officer.headers, origin: 'null' }, payload: { naam: 'X', soort: 'amw' } });
    expectDutchProblem(res);
    expect(res.statusCode).toBe(403);
  });

  it('keeps a well-formed X-Request-ID and replaces any other by a fresh one', async () => {
    const kept = await t.app.inject({ method: 'GET', url: '/api/v1/sociale-kaart/taxonomie', headers: { 'x-request-id': 'keten-42' } });
    expect(kept.headers['x-request-id']).toBe('keten-42');
    for (const forged of ['a'.repeat(65), 'id fake=1', 'x\u00e9']) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/sociale-kaart/taxonomie', headers: { 'x-request-id': forged } });
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('downloads carry a Content-Disposition built by the content-disposition package', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/sociale-kaart/diensten/export?gemeenteCode=utrecht&formaat=csv' });
    expect(res.headers['content-disposition']).toBe('attachment; filename="diensten-utrecht.csv"');
  });
});
