/**
 * Writes the web app's API types from the server's own OpenAPI document, so the UI cannot drift from the API.
 *
 *   npm run api:types              regenerate src/web/api/generated/openapi.d.ts
 *   npm run api:types -- --check   exit 1 when the committed file differs from what the routes say (CI)
 *
 * The server is built in-process on an in-memory PGlite with the migrations applied but no data: the
 * document only needs the routes registered, and nothing listens on a port.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildServer } from '../src/api/server.ts';
import { API_PREFIX } from '../src/api/version.ts';
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = path.join(ROOT, 'src/web/api/generated/openapi.d.ts');

const HEADER = `/**
 * GENERATED FILE: do not edit. The types of the Naast API, made from its OpenAPI document
 * (${API_PREFIX}/openapi.json) by openapi-typescript.
 * Regenerate after changing a route: npm run api:types
 * CI checks that this file is up to date: npm run api:types -- --check
 */

`;

async function fetchDocument(): Promise<OpenAPI3> {
  const db = await openDatabase({});
  // Tables only (no reference data): some plugins read the schema version while the server starts.
  await migrate(db);
  const app = await buildServer({ db, webDir: '/nonexistent' });
  try {
    await app.ready();
    const response = await app.inject({ method: 'GET', url: `${API_PREFIX}/openapi.json` });
    if (response.statusCode !== 200) throw new Error(`GET ${API_PREFIX}/openapi.json answered ${response.statusCode}`);
    return response.json<OpenAPI3>();
  } finally {
    await app.close();
    await db.close();
  }
}

/** The file's text; alphabetized, so the output depends on the document only, not on registration order. */
async function render(document: OpenAPI3): Promise<string> {
  const nodes = await openapiTS(document, { alphabetize: true, silent: true });
  return HEADER + astToString(nodes);
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const text = await render(await fetchDocument());
  const relative = path.relative(ROOT, TARGET);
  if (check) {
    const committed = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, 'utf8') : null;
    if (committed === text) {
      console.log(`${relative} is up to date.`);
      return;
    }
    console.error(`${relative} is out of date with the API's routes: run \`npm run api:types\` and commit the result.`);
    process.exitCode = 1;
    return;
  }
  fs.mkdirSync(path.dirname(TARGET), { recursive: true });
  fs.writeFileSync(TARGET, text);
  console.log(`Wrote ${relative}.`);
}

await main();
