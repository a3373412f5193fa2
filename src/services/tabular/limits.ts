/**
 * Limits on uploaded spreadsheets (CSV and XLSX), in one place so SECURITY.md can cite them.
 *
 * Why: a hostile or broken file must never keep the server busy or eat its memory (issue 17 §3:
 * an 80 kB CSV held the server for 12 s, a 4 MB XLSX took 21 s and 1.8 GB). Every limit below is
 * named in the Dutch error a user gets when a file goes over it, and each is far above what the
 * imports of Naast legitimately receive (a table per municipality, a provider's cases, a social map).
 *
 * The byte limits of the uploads themselves are per route (Fastify `bodyLimit`: 20 MB for the table
 * imports, 5 MB for the accountability reports; 256 MB streamed for the activity import).
 */

/** Data rows of a table import (CSV or XLSX), header not counted. The activity import streams and has no row limit (its byte limit applies). */
export const MAX_TABLE_ROWS = 50_000;

/**
 * Data rows of an import with one row per municipality (budget spending, monitor responses, MEE
 * monitor): there are about 400 municipalities, and the services check every row on the event loop.
 */
export const MAX_MUNICIPALITY_TABLE_ROWS = 1_000;

/** Problems listed one by one in a refusal (row, column, message); the message gives the total. */
export const MAX_REPORTED_PROBLEMS = 1_000;

/** Columns of any row, CSV or XLSX. The widest import has about 30. */
export const MAX_COLUMNS = 200;

/** Characters in one cell: Excel's own limit (32,767), so nothing Excel writes is refused. */
export const MAX_CELL_CHARS = 32_767;

/** XLSX: entries (files) in the zip. A workbook from Excel has 10 to 30. */
export const MAX_XLSX_ENTRIES = 1_000;

/** XLSX: sum of the uncompressed sizes of all entries (the XML exceljs has to read), in bytes. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

/**
 * XLSX: compression ratio (uncompressed / compressed) of one entry, checked for entries over
 * 1 MB uncompressed. Sheet XML compresses 5 to 30 times; a zip bomb compresses a thousand times.
 */
export const MAX_XLSX_COMPRESSION_RATIO = 200;
export const XLSX_RATIO_CHECK_FROM_BYTES = 1024 * 1024;

/**
 * XLSX: cells in all worksheets together, counted in the XML and in the sheet's `<dimension ref>`;
 * also the total area of merged cells and data-validation ranges (exceljs expands those cell by cell).
 * exceljs needs roughly 200 to 400 bytes per cell.
 */
export const MAX_XLSX_CELLS = 2_000_000;

/** XLSX: strings in the shared-string table. */
export const MAX_XLSX_SHARED_STRINGS = 2_000_000;

/** XLSX: exceljs reads the workbook in a worker thread with this much heap, and at most this long. */
export const XLSX_WORKER_HEAP_MB = 768;
export const XLSX_WORKER_TIMEOUT_MS = 60_000;
/** XLSX: workbooks read at the same time; further uploads wait their turn (2-core machines). */
export const XLSX_WORKERS_AT_ONCE = 2;

/** CSV: bytes fed to the parser, and records handed on, before the server answers other requests again (a few ms of work). */
export const CSV_SLICE_BYTES = 32 * 1024;
export const CSV_SLICE_RECORDS = 1_000;

/** Dutch number format for the messages: 100.000. */
export const nl = (n: number): string => n.toLocaleString('nl-NL');
