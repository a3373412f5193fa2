import { createRequire } from 'node:module';

/**
 * Heavy libraries that only a few requests need (spreadsheets, PDFs, server-side charts, e-mail),
 * loaded on first use instead of at start: together they cost seconds of every cold start
 * (docs/performance.md, benchmark 5). All are CommonJS packages, so a synchronous require keeps
 * the callers' signatures as they are.
 */
const require = createRequire(import.meta.url);

function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}

export const exceljs = onFirstUse<typeof import('exceljs')>('exceljs');
export const pdfkit = onFirstUse<typeof import('pdfkit')>('pdfkit');
export const svgToPdfkit = onFirstUse<typeof import('svg-to-pdfkit').default>('svg-to-pdfkit');
export const echarts = onFirstUse<typeof import('echarts')>('echarts');
export const nodemailer = onFirstUse<typeof import('nodemailer')>('nodemailer');
