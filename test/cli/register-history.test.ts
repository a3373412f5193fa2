import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

// One fresh PGlite data folder for the whole file: the first command creates and loads it.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-cli-register-history-'));
const env = { NAAST_DATA_DIR: dataDir, DATABASE_URL: '' };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const lines = (text: string) => text.trimEnd().split('\n');

describe('naast register indeling / geschiedenis / doorrekenen', () => {
  it('prints the 342 municipalities of 2026 and refuses a year outside the register', () => {
    const out = lines(runCli(['register', 'indeling', '2026'], env).stdout);
    expect(out[0]).toBe('cbs_code;gemeente;provincie;geldig_vanaf;geldig_tot;jeugdregio');
    expect(out).toHaveLength(343);
    expect(out).toContain('GM1982;Land van Cuijk;Noord-Brabant;2022-01-01;;');
    const wrong = runCli(['register', 'indeling', '2030'], env);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/geen gemeentelijke indeling voor 2030/);
  });

  it('prints the history of Haaren: a split over four municipalities in 2021', () => {
    const out = lines(runCli(['register', 'geschiedenis', 'GM0788'], env).stdout);
    expect(out[1]).toBe('gemeente;1970-01-01;GM0788;Haaren;bestond tot en met 2020-12-31');
    expect(out.filter((l) => l.startsWith('opvolger;2021-01-01;'))).toHaveLength(4);
    expect(out.filter((l) => l.startsWith('nu;'))).toHaveLength(4);
  });

  it('carries the 2014 budget to 2026 with one row per municipality and the undistributable amounts apart', () => {
    const out = lines(runCli(['register', 'doorrekenen', '--naar', '2026'], env).stdout);
    expect(out[0]).toBe('cbs_code;gemeente;budget_mee_eur;budget_ivh_eur;volledig;wijze');
    expect(out.filter((l) => /^GM\d{4};/.test(l))).toHaveLength(342);
    expect(out.filter((l) => l.startsWith(';niet te verdelen: '))).toHaveLength(5);
    expect(out.find((l) => l.startsWith('GM0344;'))).toMatch(/;ja;ongewijzigd$/);
  });
});
