/**
 * Benchmark 6: the initial web route. Bytes: from the Vite build manifest, the entry chunk and its
 * static imports (what the browser must load before the first route renders) and their CSS, gzipped.
 * Time: first contentful paint in Chromium (Playwright), fresh browser context (cold cache) per run.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');
export const webDir = path.join(root, 'dist', 'web');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** Builds the UI when it is missing or stale (the same script `npm start` uses). */
export function ensureWebBuild(): void {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/ensure-web-build.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build mislukte');
}

export function initialRouteBytes(): { jsGzip: number; cssGzip: number; jsFiles: number; lazyChunks: number } {
  const manifest = JSON.parse(fs.readFileSync(path.join(webDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error('geen entry in het Vite-manifest');
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key]!;
    if (js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(entry[0]);
  const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(webDir, file))).length;
  const sum = (files: Set<string>) => [...files].reduce((n, f) => n + gz(f), 0);
  const lazy = Object.values(manifest).filter((c) => !js.has(c.file) && c.file.endsWith('.js')).length;
  return { jsGzip: sum(js), cssGzip: sum(css), jsFiles: js.size, lazyChunks: lazy };
}

/** Median first contentful paint of `/` over `runs` cold page loads. */
export async function firstRender(url: string, runs: number): Promise<{ fcpMs: number[]; medianMs: number }> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const fcpMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const fcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const found = performance.getEntriesByName('first-contentful-paint')[0];
            if (found) return resolve(found.startTime);
            new PerformanceObserver((list) => resolve(list.getEntries()[0]!.startTime)).observe({ type: 'paint', buffered: true });
          }),
      );
      fcpMs.push(Math.round(fcp));
      await context.close();
    }
    const sorted = [...fcpMs].sort((a, b) => a - b);
    return { fcpMs, medianMs: sorted[Math.floor(sorted.length / 2)]! };
  } finally {
    await browser.close();
  }
}
