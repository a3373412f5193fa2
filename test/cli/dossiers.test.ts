import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

// `naast dossiers`: MEE handover import (all or nothing, `regel N, kolom X: …`) and retention.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-cli-dossiers-'));
const env = { NAAST_DATA_DIR: dataDir, DATABASE_URL: '' };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const file = (name: string, content: string) => {
  const p = path.join(dataDir, name);
  fs.writeFileSync(p, content);
  return p;
};
const HEADER = 'gemeente;client_naam;geboortejaar;startdatum;mee_organisatie;mee_ondersteuner;vraag\n';

describe('naast dossiers', () => {
  it('import-mee: a bad row names row and column on stderr, exits 3 and stores nothing; a good file is stored', () => {
    const bad = file('bad.csv', `${HEADER}Utrecht;Piet Jansen;1950;2014-09-01;MEE UGV;Karin de Boer;Woningaanpassing\nUtrecht;Ans;1990;2015-02-01;MEE UGV;;Werk\n`);
    const refused = runCli(['dossiers', 'import-mee', bad], env);
    expect(refused.status).toBe(3);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.split('\n').filter((l) => l.startsWith('rij '))).toEqual([
      expect.stringMatching(/^rij 3, kolom D \(startdatum\): /),
      expect.stringMatching(/^rij 3, kolom F \(mee_ondersteuner\): /),
    ]);
    expect(refused.stderr).toMatch(/niets opgeslagen/);
    const good = file('good.csv', `${HEADER}Utrecht;Piet Jansen;1950;2014-09-01;MEE UGV;Karin de Boer;Woningaanpassing\n`);
    const stored = runCli(['dossiers', 'import-mee', good], env);
    expect(stored.status).toBe(0);
    expect(stored.stdout).toBe('1 lopend MEE-traject ingelezen als dossier.\n');
  });

  it('anonymise: prints how many cases were anonymised (none are closed here)', () => {
    const result = runCli(['dossiers', 'anonymise', '--today', '2030-01-01'], env);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('0 dossiers geanonimiseerd.\n');
    expect(runCli(['dossiers', 'anonymise', '--today', '1-1-2030'], env).status).toBe(2);
  });
});
