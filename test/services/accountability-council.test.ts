import fs from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { loadDemoAccountability, DEMO_MEE } from '../../src/services/accountability/demo.ts';
import { acceptReport, listReports, submitReport, uploadValues } from '../../src/services/accountability/reports.ts';
import { councilFacts, councilModel } from '../../src/services/accountability/council.ts';
import { reportPdf } from '../../src/services/reports/render.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The first series colour of the server-side charts (reports/charts.ts): #1d3557. */
const CHART_RGB = [0x1d, 0x35, 0x57] as const;

/** The page streams of a pdfkit PDF, inflated (pdfkit compresses them with FlateDecode). */
function contentStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const streams: string[] = [];
  for (let at = text.indexOf('stream\n'); at !== -1; at = text.indexOf('stream\n', at + 7)) {
    const start = at + 7;
    const end = text.indexOf('\nendstream', start);
    try {
      streams.push(zlib.inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a deflated stream (fonts, images)
    }
  }
  return streams;
}

/**
 * Renders page 1 of the PDF to a PNG with Chromium's own PDF viewer (the full browser in new headless
 * mode has it; no extra package), then counts the pixels in the chart colour with a canvas.
 */
async function firstPageAsPng(browser: Browser, pdf: Buffer): Promise<{ png: Buffer; chartPixels: number; nonWhitePixels: number }> {
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf)).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const page = await browser.newPage({ viewport: { width: 1000, height: 1300 } });
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/raadsrapportage.pdf#toolbar=0&navpanes=0&view=FitH`).catch(() => undefined);
    const analyse = await browser.newPage();
    let result: { png: Buffer; chartPixels: number; nonWhitePixels: number } = { png: Buffer.alloc(0), chartPixels: 0, nonWhitePixels: 0 };
    // The viewer renders asynchronously: look again until the chart shows (at most ~20 s).
    for (let attempt = 0; attempt < 40 && result.chartPixels < 500; attempt++) {
      await page.waitForTimeout(500);
      const png = await page.screenshot();
      const counts = await analyse.evaluate(
        async ({ data, rgb }) => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const px = ctx.getImageData(0, 0, img.width, img.height).data;
          let chart = 0;
          let nonWhite = 0;
          for (let i = 0; i < px.length; i += 4) {
            const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
            if (Math.abs(r - rgb[0]!) < 12 && Math.abs(g - rgb[1]!) < 12 && Math.abs(b - rgb[2]!) < 12) chart++;
            if (r < 245 || g < 245 || b < 245) nonWhite++;
          }
          return { chart, nonWhite };
        },
        { data: png.toString('base64'), rgb: [...CHART_RGB] },
      );
      result = { png, chartPixels: counts.chart, nonWhitePixels: counts.nonWhite };
    }
    return result;
  } finally {
    await page.close();
    server.close();
  }
}

describe.each(testEngines)('the council report PDF on %s', (engine) => {
  let test: TestDatabase;
  let pdf: Buffer;
  beforeAll(async () => {
    test = await readyDatabase(engine);
    await loadDemoAccountability(test.db);
    const [period] = await listReports(test.db, { municipalityCodes: ['utrecht'], providerCodes: [DEMO_MEE] });
    const file = Buffer.from('veld;categorie;waarde\nuitgaven;;850.000,00\nuren;Informatie en advies;1200\n');
    await uploadValues(test.db, period!.id, undefined, file, 'rapportage.csv', null);
    await submitReport(test.db, period!.id, undefined, undefined, null);
    await acceptReport(test.db, period!.id, undefined, undefined, null);
    pdf = await reportPdf(councilModel(await councilFacts(test.db, 'utrecht', 2015)));
  }, 120_000);
  afterAll(async () => test?.cleanup());

  it('draws the charts as vector paths in the chart colours', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const page = contentStreams(pdf).join('\n');
    // svg-to-pdfkit draws each bar as a path (m/l/h) filled (f) in the series colour (scn/rg).
    const [r, g, b] = CHART_RGB.map((c) => (c / 255).toFixed(4).slice(0, -1));
    expect(page).toMatch(new RegExp(`${r}\\d*\\s+${g}\\d*\\s+${b}\\d*\\s+(scn|sc|rg)`));
    expect((page.match(/\s(f|f\*)\s/g) ?? []).length).toBeGreaterThan(5);
    expect((page.match(/\sl\s/g) ?? []).length).toBeGreaterThan(10);
  });

  it.skipIf(!fs.existsSync(CHROMIUM))('renders its first page to a PNG that is not blank and shows a chart', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: false, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const { png, chartPixels, nonWhitePixels } = await firstPageAsPng(browser, pdf);
      fs.writeFileSync(`${process.env.TMPDIR ?? '/tmp'}/naast-raadsrapportage-${engine}.png`, png);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(nonWhitePixels).toBeGreaterThan(10_000);
      expect(chartPixels).toBeGreaterThan(500);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
