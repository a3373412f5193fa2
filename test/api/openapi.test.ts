import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import SwaggerParser from '@apidevtools/swagger-parser';
import { testApp, type TestApp } from '../helpers/app.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Record<string, any>;
  beforeAll(async () => {
    t = await testApp('pglite');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });
  afterAll(async () => t?.close());

  it('is valid OpenAPI 3', async () => {
    expect(doc.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(doc) as any)).resolves.toBeTruthy();
  });

  it('describes every API route relative to the versioned server URL', () => {
    expect(doc.servers[0].url).toBe('/api/v1');
    expect(Object.keys(doc.paths)).toContain('/health');
    for (const p of Object.keys(doc.paths)) expect(p.startsWith('/api/')).toBe(false);
  });

  it('lints with zero errors against the NL API Design Rules ruleset', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-oas-'));
    const file = path.join(dir, 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const spectral = path.join(root, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
    const result = spawnSync(
      process.execPath,
      [spectral, 'lint', '-r', path.join(root, 'standards', 'adr-linter.yaml'), '--fail-severity', 'error', '-f', 'text', file],
      { encoding: 'utf8', timeout: 120_000 },
    );
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.stdout + result.stderr, 'spectral output').toMatch(/No results with a severity of 'error'/);
    expect(result.status).toBe(0);
  });
});
