#!/usr/bin/env node
// `npm test`: runs every unit and integration test with vitest (on PGlite, and also on the
// PostgreSQL server in NAAST_TEST_DATABASE_URL when set), then prints one closing line
// "N passed, N failed". The exit code is vitest's.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const report = path.join(root, '.tmp', 'vitest-report.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });

const args = [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const engines = process.env.NAAST_TEST_DATABASE_URL ? 'PGlite en PostgreSQL-server' : 'PGlite (zet NAAST_TEST_DATABASE_URL om ook een PostgreSQL-server te testen)';
process.stdout.write(`Tests op: ${engines}\n`);
const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

let passed = 0;
let failed = 0;
let failedFiles = 0;
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed = json.numFailedTests ?? 0;
  failedFiles = json.numFailedTestSuites ?? 0;
}
const fileNote = failedFiles > 0 ? ` (${failedFiles} test files failed)` : '';
process.stdout.write(`${passed} passed, ${failed} failed${fileNote}\n`);
process.exit(result.status ?? 1);
