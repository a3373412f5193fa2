import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { API_PREFIX } from '../version.ts';
import { notFoundHandler } from '../problem.ts';
import { registerPublicPlugin } from './auth.ts';
import { residentPages } from '../pages/resident/routes.ts';

/**
 * Serves the production build of the web UI at `/`. Unknown non-API paths get index.html so
 * the client-side router can show them; unknown API paths get a problem+json 404.
 */
export async function registerWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const indexFile = path.join(webDir, 'index.html');
  const hasBuild = fs.existsSync(indexFile);
  if (hasBuild) {
    await registerPublicPlugin(app, async (scope) => {
      await scope.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      maxAge: '1h',
      setHeaders: (reply, filePath) => {
        // Vite puts a content hash in asset names: those never change. (@fastify/static 10 passes the reply.)
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          (reply as unknown as { header(k: string, v: string): void }).header('cache-control', 'public, max-age=31536000, immutable');
        }
      },
      });
    });
  }
  const indexHtml = hasBuild ? fs.readFileSync(indexFile, 'utf8') : undefined;
  // `/` is the residents' front door (server-rendered); staff signed in get the app there (issue 19).
  await app.register(residentPages, { indexHtml });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !looksLikeApi(request.url) && !path.extname(request.url.split('?')[0] ?? '');
    if (wantsPage && indexHtml) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    if (wantsPage) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('De webinterface is nog niet gebouwd. Voer "npm run build" uit of start met "npm start".');
    }
    return notFoundHandler(request, reply);
  });
}

/**
 * Only chooses the kind of 404 (the web app's shell or a problem+json); access never depends on it.
 * Any spelling of an API path (`/%61pi`, `/API`, `//api`, `/./api`) gets the problem, not the shell.
 */
function looksLikeApi(url: string): boolean {
  let pathname = url.split('?')[0] ?? '';
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  const segments = pathname.toLowerCase().split(/[/\\]+/).map((s) => s.split(';')[0]).filter((s) => s !== '' && s !== '.');
  // The HSDS API (/hsds/v3/…, src/api/hsds/) is an API too: its unknown paths get the problem.
  return segments.includes(API_PREFIX.split('/')[1] ?? 'api') || segments[0] === 'hsds';
}
