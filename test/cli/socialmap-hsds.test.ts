import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

// `naast sociale-kaart import|export` with the official HSDS 3.0 examples, on one fresh PGlite data folder.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-cli-hsds-'));
const env = { NAAST_DATA_DIR: dataDir, DATABASE_URL: '' };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const EXAMPLES = path.resolve(import.meta.dirname, '../../standards/hsds-3/examples');

describe('naast sociale-kaart with HSDS shapes', () => {
  it('refuses placeholders by default, previews with --proefrun, imports a folder as a data package, exports every shape', () => {
    const service = path.join(EXAMPLES, 'service_full.json');
    const refused = runCli(['sociale-kaart', 'import', service, '--gemeente', 'zeist'], env);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain('$.service_at_locations[0].location.latitude');

    const dry = runCli(['sociale-kaart', 'import', service, '--gemeente', 'zeist', '--proefrun', '--ongeldige-waarden', 'leeglaten'], env);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/Proefrun voor zeist/);
    expect(dry.stdout).toMatch(/services: 1 nieuw, 0 gewijzigd, 0 verwijderd, 0 ongewijzigd/);
    expect(dry.stdout).toMatch(/leeg gelaten \$\.phones\[0\]\.number/);

    const folder = runCli(['sociale-kaart', 'import', path.join(EXAMPLES, 'csv'), '--gemeente', 'zeist', '--ongeldige-waarden', 'leeglaten'], env);
    expect(folder.status, folder.stderr).toBe(0);
    expect(folder.stdout).toMatch(/ingelezen: 1 aanbieders, 1 diensten, 1 locaties/);

    const zip = path.join(dataDir, 'zeist.zip');
    expect(runCli(['sociale-kaart', 'export', '--gemeente', 'zeist', '--format', 'datapakket', '-o', zip], env).status).toBe(0);
    const again = runCli(['sociale-kaart', 'import', zip, '--gemeente', 'zeist', '--proefrun', '--ongeldige-waarden', 'leeglaten'], env);
    expect(again.stdout, again.stderr).toMatch(/services: 0 nieuw, 0 gewijzigd, 0 verwijderd, 1 ongewijzigd/);

    const one = runCli(['sociale-kaart', 'export', '--gemeente', 'zeist', '--vorm', 'dienst', '--id', 'ac148810-d857-441c-9679-408f346de14b'], env);
    expect(JSON.parse(one.stdout).cost_options[0].option).toBe('Under 18s and Over 60s');
    expect(runCli(['sociale-kaart', 'export', '--gemeente', 'zeist', '--vorm', 'vierkant'], env).status).toBe(2);
  }, 300_000);
});
