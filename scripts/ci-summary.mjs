#!/usr/bin/env node
// .ci/run's closing line: "N passed, N failed" over the reports the run wrote so far — `npm test`
// (.tmp/vitest-report.json) and `npm run test:e2e` (.tmp/e2e-report.json). Printed also when CI stops
// early; a step that failed without a report counts as one failure (argument: the exit status).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const read = (name) => {
  const file = path.join(root, '.tmp', name);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
};
let passed = 0;
let failed = 0;
const unit = read('vitest-report.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}
const e2e = read('e2e-report.json');
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
}
const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) failed = 1;
process.stdout.write(`${passed} passed, ${failed} failed\n`);
