import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

// The monitor's CLI contract: exact headers and keys, `rij N, kolom X (naam): …` on stderr, exit codes (README).
// One fresh PGlite data folder for the whole file: the first command creates and loads it.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-cli-monitor-'));
const env = { NAAST_DATA_DIR: dataDir, DATABASE_URL: '', NAAST_SMTP_URL: '' };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const lines = (text: string) => text.trimEnd().split('\n');
const file = (name: string, content: string) => {
  const p = path.join(dataDir, name);
  fs.writeFileSync(p, content);
  return p;
};
const summary = () => JSON.parse(runCli(['monitor', 'summary', '--round', '2014-10', '--format', 'json'], env).stdout);
const HEADER = 'gemeente;fase;a;b;c;d;e;f;budget_mee_2015_eur;toelichting\n';

describe('naast monitor', () => {
  it('rounds: lists the round ids with their reference dates', () => {
    const result = runCli(['monitor', 'rounds'], env);
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out[0]).toBe('ronde;peildatum;naam;deadline;indeling');
    expect(out.slice(1).map((l) => l.split(';').slice(0, 2).join(';'))).toEqual(['2014-04;2014-04-01', '2014-05;2014-05-01', '2014-10;2014-10-01', '2014-11;2014-11-03']);
  });

  it('import-responses: one bad row names row and column on stderr, exits 3 and stores nothing', () => {
    const bad = file('bad.csv', `\uFEFF${HEADER}Utrecht;college;ja;ja;ja;ja;ja;ja;3.000.000;\nBeek (L.);misschien;ja;ja;ja;jein;ja;ja;;\n`);
    const result = runCli(['monitor', 'import-responses', '--round', '2014-10', bad], env);
    expect(result.status).toBe(3);
    expect(result.stdout).toBe('');
    const problems = result.stderr.split('\n').filter((l) => l.startsWith('rij '));
    expect(problems).toEqual([expect.stringMatching(/^rij 3, kolom B \(fase\): /), expect.stringMatching(/^rij 3, kolom F \(d\): /)]);
    expect(result.stderr).toMatch(/niets opgeslagen/);
    expect(summary().responded).toBe(0);
  });

  it('import-responses: a good file exits 0', () => {
    const good = file('good.csv', `${HEADER}Utrecht;college;ja;ja;ja;ja;ja;ja;3.000.000;\nGM0888;definitief;ja;ja;gedeeltelijk;ja;ja;ja;120.000;\n`);
    const result = runCli(['monitor', 'import-responses', '--round', '2014-10', good], env);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^2 antwoorden ingelezen/);
  });

  it('summary --format json prints exactly round, municipalities, responded, byStage, byRequirement, lagging (names)', () => {
    const s = summary();
    expect(Object.keys(s)).toEqual(['round', 'municipalities', 'responded', 'byStage', 'byRequirement', 'lagging', 'nonResponse', 'shares', 'otherProviders', 'definitive']);
    expect(s).toMatchObject({ round: '2014-10', municipalities: 403, responded: 2, byStage: { college: 1, definitief: 1 } });
    expect(s.byRequirement.c).toEqual({ ja: 1, nee: 0, gedeeltelijk: 1 });
    // 401 without an answer. The file has no column andere_aanbieders: unknown is not "none", so Utrecht does not lag (issue 21 §2).
    expect(s.lagging).toHaveLength(401);
    expect(s.lagging).toContain('Aa en Hunze');
    expect(s.lagging).not.toContain('Utrecht');
    expect(s.otherProviders).toEqual({ named: 0, none: 0, unknown: 2 });
    // Every share with its numerator and denominator; non-response is not "no agreements".
    expect(s.shares.nonResponse).toEqual({ numerator: 401, denominator: 403, percent: 100 });
    expect(s.shares.geen_afspraken).toEqual({ numerator: 0, denominator: 403, percent: 0 });
  });

  it('import-mee: the same all-or-nothing contract for the MEE monitor', () => {
    const bad = file('mee-bad.csv', 'gemeente;fase;datum\nUtrecht;college;2014-10-01\nNergenshuizen;college;2014-02-30\n');
    const refused = runCli(['monitor', 'import-mee', '--round', '2014-10', bad], env);
    expect(refused.status).toBe(3);
    expect(refused.stderr.split('\n').filter((l) => l.startsWith('rij '))).toEqual([expect.stringMatching(/^rij 3, kolom A \(gemeente\): /), expect.stringMatching(/^rij 3, kolom C \(datum\): /)]);
    const good = file('mee-good.csv', 'gemeente;fase;datum\nUtrecht;college;2014-10-01\nGM0888;college;\n');
    const accepted = runCli(['monitor', 'import-mee', '--round', '2014-10', good], env);
    expect(accepted.status).toBe(0);
    expect(accepted.stdout).toMatch(/^2 gemeenten uit de MEE-monitor ingelezen/);
  });

  it('statements, sources and trend: attributed to source and date, with the seed citation and the break in the trend', () => {
    const statements = runCli(['monitor', 'statements'], env);
    expect(statements.status).toBe(0);
    expect(statements.stdout).toContain('Volgens de monitor van MEE Nederland (per 1 oktober 2014; 15 oktober 2014 aan de Kamer gemeld): afspraken op collegeniveau afgerond in 84% van de gemeenten (de bron noemt geen aantallen).');
    expect(statements.stdout).toContain('Bron: seeds/000_6cdda7e4ab47aefe.txt');
    const sources = runCli(['monitor', 'sources', '--round', '2014-10'], env);
    expect(sources.status).toBe(0);
    expect(sources.stdout).toContain('Volgens de monitor van MEE Nederland (ingelezen in Naast), per 1 oktober 2014: afspraken op collegeniveau afgerond in 0% van de 403 gemeenten (2 gemeenten).');
    expect(sources.stdout).toContain('onbekend (geen antwoord) bij 100% van de 403 gemeenten (401 gemeenten)');
    const trend = lines(runCli(['monitor', 'trend'], env).stdout);
    expect(trend.filter((l) => l.startsWith('Reeks '))).toHaveLength(2);
    expect(trend.findIndex((l) => l.startsWith('--- Breuk in de reeks'))).toBe(trend.findIndex((l) => l.startsWith('Reeks 2')) - 1);
    expect(trend.find((l) => l.includes('2014-11-03'))).toContain('vragenlijst versie 2');
  });

  it('remind: in-app reminders for municipalities without an answer, once; a wrong date exits 2', () => {
    const first = runCli(['monitor', 'remind', '--round', '2014-10', '--now', '2014-10-05'], env);
    expect(first.status).toBe(0);
    expect(lines(first.stdout)).toEqual(['401 herinneringen in de app (401 voor de deadline, 0 na de deadline).', 'Geen e-mail verstuurd: NAAST_SMTP_URL is niet ingesteld.']);
    expect(lines(runCli(['monitor', 'remind', '--round', '2014-10', '--now', '2014-10-06'], env).stdout)[0]).toMatch(/^0 herinneringen/);
    expect(runCli(['monitor', 'remind', '--now', '5 oktober'], env).status).toBe(2);
  });
});
