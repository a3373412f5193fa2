import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

// `naast sociale-kaart demo|export|import` on one fresh PGlite data folder.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-cli-socialmap-'));
const env = { NAAST_DATA_DIR: dataDir, DATABASE_URL: '' };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('naast sociale-kaart', () => {
  it('demo, export as HSDS, import it again (lossless), export CSV, refuse a bad file', () => {
    const demo = runCli(['sociale-kaart', 'demo'], env);
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/Demo-sociale kaart van Utrecht geladen: \d+ diensten/);
    expect(runCli(['sociale-kaart', 'demo'], env).stdout).toMatch(/al een sociale kaart/);

    const hsdsFile = path.join(dataDir, 'utrecht.json');
    expect(runCli(['sociale-kaart', 'export', '--gemeente', 'utrecht', '--format', 'hsds', '-o', hsdsFile], env).status).toBe(0);
    const imported = runCli(['sociale-kaart', 'import', hsdsFile, '--gemeente', 'utrecht'], env);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/ingelezen: 34 aanbieders/);
    const again = runCli(['sociale-kaart', 'export', '--gemeente', 'utrecht'], env);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(fs.readFileSync(hsdsFile, 'utf8')));

    const csv = runCli(['sociale-kaart', 'export', '--gemeente', 'utrecht', '--format', 'csv'], env);
    expect(csv.stdout.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^dienst_id;aanbieder_id;aanbieder;naam;/);

    const bad = JSON.parse(fs.readFileSync(hsdsFile, 'utf8'));
    bad.services[0].service_areas[0].name = 'atlantis';
    const badFile = path.join(dataDir, 'bad.json');
    fs.writeFileSync(badFile, JSON.stringify(bad));
    const refused = runCli(['sociale-kaart', 'import', badFile, '--gemeente', 'utrecht'], env);
    expect(refused.status).toBe(3); // input refused (README, exit codes)
    expect(refused.stderr).toContain('$.services[0].service_areas[0].name: Onbekende gemeente: "atlantis".');
    expect(runCli(['sociale-kaart', 'export', '--gemeente', 'nergens'], env).status).toBe(4); // not found
  }, 300_000);
});
