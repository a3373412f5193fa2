/** The messages between the main thread and the import worker (import-worker.ts, import-worker-client.ts). */
import type { ImportAccess } from '../../domain/activities/permit.ts';
import type { CellProblem } from '../tabular/import-error.ts';
import type { ActivityRows } from './rows.ts';

/**
 * Rows per COPY chunk (after a few smaller first ones): each its own short COPY so other queries get a
 * turn between them (sinks.ts). More than the in-thread path's 10,000: a chunk is ~60 ms of PGlite time,
 * and fewer statements cost the main thread less (measured with `BENCH_ONLY=import npm run bench`).
 */
export const COPY_CHUNK_ROWS = 25_000;
/** COPY chunks the worker may have sent ahead of the COPYs: it parses the next while PGlite copies one. */
export const COPY_CHUNKS_IN_FLIGHT = 4;
/**
 * Upload bytes the main thread may have sent ahead of the worker's reading: more than the worker reads
 * while the main thread runs one COPY chunk (and so cannot hand it more), so that it never waits then.
 */
export const INPUT_BYTES_IN_FLIGHT = 4 * 1024 * 1024;

export type ToWorker =
  | { type: 'start'; id: number; municipalities: string[]; access: ImportAccess | null }
  | { type: 'chunk'; id: number; bytes: ArrayBuffer; length: number }
  | { type: 'end'; id: number }
  | { type: 'abort'; id: number }
  | { type: 'copied'; id: number };

export type FromWorker =
  | { type: 'ready'; id: 0 }
  | { type: 'taken'; id: number }
  | { type: 'copy'; id: number; bytes: ArrayBuffer; offset: number; length: number }
  | { type: 'done'; id: number; result: ActivityRows }
  | { type: 'refused'; id: number; problems: CellProblem[]; total: number; activity: boolean }
  | { type: 'failed'; id: number; message: string }
  | { type: 'aborted'; id: number };
