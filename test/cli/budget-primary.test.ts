import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

// One fresh PGlite data folder for the file: the first command creates and loads it.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-cli-budget-primary-'));
const env = { NAAST_DATA_DIR: dataDir, DATABASE_URL: '' };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const lines = (text: string) => text.trimEnd().split('\n');

describe('naast budget from primary inputs', () => {
  it('allocations --source primary: 408 rows with inwoners and clienten, the published amount and a reason per difference', () => {
    const result = runCli(['budget', 'allocations', '--year', '2014', '--source', 'primary'], env);
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out[0]).toBe('gemeente;cbs_code;jeugdregio;mee_organisatie;inwoners;clienten;budget_mee_eur;budget_ivh_eur;gepubliceerd_mee_eur;verschil_mee_eur;gepubliceerd_ivh_eur;verschil_ivh_eur;reden');
    expect(out).toHaveLength(409);
    expect(out.find((l) => l.startsWith('Aa en Hunze;'))).toBe('Aa en Hunze;GM1680;Drenthe;MEE Drenthe;25541;100;190148;3064;190148;0;3064;0;');
    expect(result.stderr).toContain('Gelijk aan de gepubliceerde tabel: 398 van 408; afronding 10, inwoners ontbreken 0, andere invoer 0.');
  });

  it('import-counts refuses a file with problems (exit 3, row and column named); pools shows who gains and who loses', () => {
    const bad = path.join(dataDir, 'fout.csv');
    fs.writeFileSync(bad, 'gemeente;inwoners\nAtlantis;12\nAssen;veel\n');
    const refused = runCli(['budget', 'import-counts', '--year', '2015', '--source', 'test', bad], env);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain('Atlantis');
    expect(refused.stderr).toContain('veel');

    const usage = path.join(dataDir, 'gebruik.csv');
    fs.writeFileSync(usage, 'gemeente;clienten\nAssen;300\nEmmen;10\n');
    expect(runCli(['budget', 'import-usage', '--year', '2014', '--source', 'illustratief', usage], env).status).toBe(0);
    const pools = runCli(['budget', 'pools', '--year', '2014'], env);
    expect(pools.status).toBe(0);
    const out = lines(pools.stdout);
    expect(out[0]).toBe('jeugdregio;gemeente;bijdrage_eur;gebruik;kosten_gebruik_eur;verschil_eur;uitkomst');
    expect(out.find((l) => l.startsWith('Drenthe;Assen;'))).toMatch(/;300;\d+;-\d+;wint$/);
    expect(out.find((l) => l.startsWith('Drenthe;Emmen;'))).toMatch(/;10;\d+;\d+;verliest$/);
  });
});
