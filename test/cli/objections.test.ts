import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

// `naast dossiers termijn` and `naast dossiers indiening` (issue 21 §1).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-cli-objections-'));
const env = { NAAST_DATA_DIR: dataDir, DATABASE_URL: '' };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('naast dossiers termijn', () => {
  it('computes the period with the equated days and explains timeliness from posting and receipt (Awb 6:9)', () => {
    const result = runCli(['dossiers', 'termijn', '2027-03-25', '--ontvangen', '2027-05-12', '--gepost', '2027-05-10'], env);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'Bezwaartermijn: zes weken vanaf de dag na verzending of uitreiking van het besluit (artikel 6:7 en 6:8 Awb).',
      'Eerste dag: 26 maart 2027. Laatste dag van de zes weken: 6 mei 2027.',
      'Laatste dag: 10 mei 2027, verlengd volgens artikel 1 Algemene termijnenwet om: donderdag 6 mei 2027 (Hemelvaartsdag); vrijdag 7 mei 2027 (Bij Koninklijk Besluit gelijkgestelde dag); zaterdag 8 mei 2027; zondag 9 mei 2027.',
      'Op tijd: het is op 10 mei 2027 op de post gedaan, uiterlijk op de laatste dag (10 mei 2027), en kwam binnen op 12 mei 2027, niet later dan een week daarna (uiterlijk 17 mei 2027) (artikel 6:9 lid 2 Awb).',
      '',
    ]);
  });

  it('warns that a last day after the last published decree may still move', () => {
    const result = runCli(['dossiers', 'termijn', '2028-12-01', '--soort', 'beroep'], env);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Let op: Voor 2029 is nog geen besluit gepubliceerd');
  });

  it('refuses wrong input with the usual exit codes', () => {
    expect(runCli(['dossiers', 'termijn', '1-1-2015'], env).status).toBe(2);
    expect(runCli(['dossiers', 'termijn', '2015-01-01', '--soort', 'klacht'], env).status).toBe(2);
    expect(runCli(['dossiers', 'termijn', '2013-06-01'], env).status).toBe(3);
  });
});

describe('naast dossiers indiening', () => {
  it('needs a reason with --verschoonbaar, and names an unknown case', () => {
    const noReason = runCli(['dossiers', 'indiening', 'x', 'y', '--ontvangen', '2015-01-01', '--verschoonbaar', 'ja'], env);
    expect(noReason.status).toBe(2);
    expect(noReason.stderr).toContain('artikel 6:11 Awb');
    const unknown = runCli(['dossiers', 'indiening', '00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000001', '--ontvangen', '2015-01-01'], env);
    expect(unknown.status).toBe(4);
  });
});
