import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-cli-budget-report-'));
const env = { NAAST_DATA_DIR: dataDir, DATABASE_URL: '' };
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('naast budget report', () => {
  it('writes the budget report as a PDF, and asks for --out when none is given', () => {
    const out = path.join(dataDir, 'budget-2014.pdf');
    const written = runCli(['budget', 'report', '--year', '2014', '--out', out], env);
    expect(written.status, written.stderr).toBe(0);
    expect(written.stderr).toContain('Budgetrapport geschreven');
    expect(fs.readFileSync(out).subarray(0, 8).toString()).toBe('%PDF-1.7');
    const refused = runCli(['budget', 'report'], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--out');
  });
});
