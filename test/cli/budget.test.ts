import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, root } from '../helpers/cli.ts';

// The CLI contract other tools depend on: exact headers, one row per municipality, exit codes.
// One fresh PGlite data folder for the whole file: the first command creates and loads it.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-cli-budget-'));
const env = { NAAST_DATA_DIR: dataDir, DATABASE_URL: '' };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const lines = (text: string) => text.trimEnd().split('\n');

describe('naast register municipalities', () => {
  it('prints the 408 municipalities of 2013 with the exact header', () => {
    const result = runCli(['register', 'municipalities', '--division', '2013', '--format', 'csv'], env);
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out[0]).toBe('gemeente;jeugdregio;mee_organisatie;cbs_code;inwoners');
    expect(out).toHaveLength(409);
    // inwoners: CBS on 1 January 2013, shipped for budget year 2014 (SOURCES.md §5.2).
    expect(out).toContain('Beek (L.);Zuid-Limburg;MEE Zuid Limburg;GM0888;16367');
    expect(out).toContain('Utrecht;Utrecht Stad;MEE Utrecht Gooi & Vecht;GM0344;321916');
    expect(out.some((l) => l.startsWith('Capelle a/d IJssel;Stadsregio Rijnmond;'))).toBe(true);
  });

  it('prints the 403 municipalities of 2014', () => {
    const out = lines(runCli(['register', 'municipalities', '--division', '2014', '--format', 'csv'], env).stdout);
    expect(out).toHaveLength(404);
    expect(out.some((l) => l.startsWith('De Friese Meren;Friesland;MEE Friesland;'))).toBe(true);
    expect(out.some((l) => l.startsWith('Boskoop;'))).toBe(false);
  });
});

describe('naast budget', () => {
  it('allocations: published and computed print identical output, whole euros', () => {
    const published = runCli(['budget', 'allocations', '--year', '2014', '--format', 'csv', '--source', 'published'], env);
    const computed = runCli(['budget', 'allocations', '--year', '2014', '--format', 'csv', '--source', 'computed'], env);
    expect(published.status).toBe(0);
    expect(computed.stdout).toBe(published.stdout);
    const out = lines(published.stdout);
    expect(out[0]).toBe('gemeente;jeugdregio;mee_organisatie;budget_mee_eur;budget_ivh_eur');
    expect(out).toHaveLength(409);
    expect(out).toContain('Beek (L.);Zuid-Limburg;MEE Zuid Limburg;134878;1830');
  });

  it('allocations --division 2014 without split shares names them and exits 5 (none stored: a conflict)', () => {
    const result = runCli(['budget', 'allocations', '--year', '2014', '--format', 'csv', '--division', '2014'], env);
    expect(result.status).toBe(5);
    expect(result.stdout).toBe('');
    for (const to of ['De Friese Meren', 'Heerenveen', 'Leeuwarden', 'Súdwest Fryslân']) expect(result.stderr).toContain(`Boarnsterhim;${to}`);
  });

  it('allocations --division 2014 with --split-shares prints 403 rows with Alphen carrying Boskoop and Rijnwoude', () => {
    const shares = path.join(root, 'test/fixtures/split-shares-illustrative.csv');
    const result = runCli(['budget', 'allocations', '--year', '2014', '--format', 'csv', '--division', '2014', '--split-shares', shares], env);
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out).toHaveLength(404);
    const before = lines(runCli(['budget', 'allocations', '--year', '2014'], env).stdout);
    const mee = (rows: string[], name: string) => Number(rows.find((l) => l.startsWith(`${name};`))!.split(';')[3]);
    expect(mee(out, 'Alphen a/d Rijn')).toBe(mee(before, 'Alphen a/d Rijn') + mee(before, 'Boskoop') + mee(before, 'Rijnwoude'));
    const total = out.slice(1).reduce((s, l) => s + Number(l.split(';')[3]), 0);
    expect(total).toBe(178669214);
  });

  it('check exits 0 and reports every MEE organisation', () => {
    const result = runCli(['budget', 'check', '--year', '2014'], env);
    expect(result.status).toBe(0);
    expect(lines(result.stdout).filter((l) => l.startsWith('OK '))).toHaveLength(22);
    expect(result.stdout).toMatch(/Alles klopt/);
  });

  it('import-spending with one bad row changes nothing, names row and column and exits 3 (input refused)', () => {
    const file = path.join(dataDir, 'besteding.csv');
    fs.writeFileSync(file, '\uFEFFgemeente;bedrag_eur\nBeek (L.);120.000\nUtrecht;abc\n');
    const bad = runCli(['budget', 'import-spending', file], env);
    expect(bad.status).toBe(3);
    expect(bad.stderr).toMatch(/^rij 3, kolom B \(bedrag_eur\): /m);
    expect(bad.stderr).toMatch(/1 probleem;/);
    expect(bad.stderr).toMatch(/niets opgeslagen/);
    fs.writeFileSync(file, '\uFEFFgemeente;bedrag_eur\nBeek (L.);120.000\nUtrecht;3.000.000\n');
    const good = runCli(['budget', 'import-spending', file], env);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/2 bedragen/);
  });
});
