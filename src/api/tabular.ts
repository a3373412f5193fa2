import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { toCsv, toXlsx, type Cell } from '../services/tabular/export.ts';
import { dispositionHeader } from './download.ts';
import { ProblemError } from './problem.ts';

/** `formaat` query parameter of every table resource: JSON (default), CSV (Dutch Excel) or XLSX. */
export const formatQuery = {
  formaat: z.enum(['json', 'csv', 'xlsx']).default('json').describe('json, of een download: csv (puntkomma, UTF-8 met BOM) of xlsx'),
};

export interface Download {
  fileName: string;
  header: string[];
  rows: Cell[][];
}

/** Sends a table as a CSV or XLSX download; the bytes bypass the JSON serializer. */
export async function sendDownload(reply: FastifyReply, format: 'csv' | 'xlsx', table: Download): Promise<FastifyReply> {
  if (format === 'csv') {
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', dispositionHeader(`${table.fileName}.csv`))
      .send(Buffer.from(toCsv(table.header, table.rows), 'utf8'));
  }
  const body = await toXlsx(table.fileName, table.header, table.rows);
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', dispositionHeader(`${table.fileName}.xlsx`))
    .send(body);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SPREADSHEET_TYPES = ['text/csv', XLSX_TYPE, 'application/octet-stream'];
/** What a spreadsheet upload route takes, for its OpenAPI description (route config `upload`). */
export const SPREADSHEET_UPLOAD = ['text/csv', XLSX_TYPE];
export const CSV_UPLOAD = ['text/csv'];

/** How large a CSV or XLSX import may be; a larger one gets 413 (docs/security.md). */
export const SPREADSHEET_BODY_LIMIT = 20 * 1024 * 1024;

/**
 * The bytes of a spreadsheet upload. Another body (JSON, a form) gets 415: the parser below only turns
 * spreadsheet content types into bytes.
 */
export function spreadsheetBody(body: unknown): Buffer {
  if (!Buffer.isBuffer(body)) throw new ProblemError(415, `Stuur een CSV- of XLSX-bestand als body (Content-Type text/csv of ${XLSX_TYPE}).`);
  return body;
}

/** Spreadsheet uploads arrive as raw bytes; parsing and validation happen in the services. */
export function registerSpreadsheetParser(app: FastifyInstance): void {
  app.addContentTypeParser(SPREADSHEET_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
}

/** Whole euros for downloads (amounts are stored as cents). */
export const euros = (cents: number | null): number | null => (cents === null ? null : cents / 100);
