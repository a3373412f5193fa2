import { Worker } from 'node:worker_threads';
import { TableImportError } from './import-error.ts';
import { checkXlsx } from './xlsx-check.ts';
import { XLSX_WORKER_HEAP_MB, XLSX_WORKER_TIMEOUT_MS, XLSX_WORKERS_AT_ONCE, nl } from './limits.ts';

const refuse = (message: string): TableImportError => new TableImportError([{ row: 1, column: '-', message }]);

/** The rows of a sheet as text (typed cells in canonical text, see xlsx-worker.mjs) and their row numbers. */
export interface SheetRecords {
  records: string[][];
  /** Per record, the row number the spreadsheet shows (empty rows are left out but counted). */
  rows: number[];
}

/**
 * Reads the first worksheet of an XLSX file as rows of text. The zip is checked against the limits
 * first (xlsx-check.ts); then exceljs reads it in a worker thread with a heap limit and a time limit,
 * so a workbook that is still too heavy costs that worker, never the server's event loop or memory.
 * Returns null when the workbook has no worksheet.
 */
export async function readXlsx(content: Buffer): Promise<SheetRecords | null> {
  await checkXlsx(content);
  await slots.take();
  try {
    return await inWorker(content);
  } finally {
    slots.give();
  }
}

function inWorker(content: Buffer): Promise<SheetRecords | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./xlsx-worker.mjs', import.meta.url), {
      workerData: { content },
      // No TypeScript loader or other flags of the parent: the worker is plain JavaScript.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: XLSX_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(refuse(`Het XLSX-bestand is te ingewikkeld: het inlezen duurde langer dan ${nl(XLSX_WORKER_TIMEOUT_MS / 1000)} seconden (de grens). Sla het op als CSV.`))),
      XLSX_WORKER_TIMEOUT_MS,
    );
    worker.once('message', (msg: { invalid?: true; records?: string[][] | null; rows?: number[] }) =>
      settle(() => (msg.invalid ? reject(refuse('Het bestand is geen geldig XLSX-bestand.')) : resolve(msg.records ? { records: msg.records, rows: msg.rows ?? [] } : null))),
    );
    worker.once('error', (err: Error & { code?: string }) =>
      settle(() =>
        reject(
          err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_WORKER_INIT_FAILED'
            ? err // the server's fault, not the file's: a 500
            : err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? refuse(`Het XLSX-bestand is te groot om in te lezen: het vraagt meer dan ${nl(XLSX_WORKER_HEAP_MB)} MB geheugen (de grens). Sla het op als CSV of splits het in delen.`)
            : refuse('Het bestand is geen geldig XLSX-bestand.'),
        ),
      ),
    );
    worker.once('exit', () => settle(() => reject(refuse('Het bestand is geen geldig XLSX-bestand.'))));
  });
}

/** At most XLSX_WORKERS_AT_ONCE workbooks are read at the same time; the rest wait in order. */
const slots = (() => {
  let free = XLSX_WORKERS_AT_ONCE;
  const waiting: (() => void)[] = [];
  return {
    take: (): Promise<void> => {
      if (free > 0) {
        free--;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    give: (): void => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
})();
