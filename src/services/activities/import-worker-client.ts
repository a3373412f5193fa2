import { Worker } from 'node:worker_threads';
import type { ImportAccess } from '../../domain/activities/permit.ts';
import { TableImportError } from '../tabular/import-error.ts';
import { ActivityImportError, type ActivityRows } from './rows.ts';
import { INPUT_BYTES_IN_FLIGHT, type FromWorker, type ToWorker } from './import-worker-protocol.ts';

/**
 * The main thread's side of the import worker (import-worker.ts): one worker, started on first use
 * and kept for the next import, never keeping the process alive while idle. PGlite runs its WASM on
 * the main thread, so there the per-row work and PGlite's COPY ran one after the other on one core;
 * with the worker they overlap on two (issue 23 goal 2).
 */
export interface ImportWorker {
  /**
   * Reads `source` in the worker and hands each ready COPY chunk to `copy`, in order, one at a time.
   * Resolves with what the rows add up to; rejects with the same errors as readActivityRows, with
   * the source's own error (the size limit), with `copy`'s error, or when the worker fails.
   */
  read(source: AsyncIterable<Buffer | string>, municipalities: ReadonlySet<string>, access: ImportAccess | null, copy: (bytes: Uint8Array<ArrayBuffer>) => Promise<void>): Promise<ActivityRows>;
}

let starting: Promise<Handle | null> | null = null;
let unavailable = false;

interface Handle {
  worker: Worker;
  busy: boolean;
  /** Messages of the import under way. */
  listener: ((message: FromWorker) => void) | null;
  /** Called when the worker dies mid-import. */
  onDeath: ((err: Error) => void) | null;
}

/**
 * The idle import worker, or null when it cannot be used now (it does not start here, or it is busy
 * with another import): the caller then does the work in its own thread, with the same outcome.
 */
export async function idleImportWorker(): Promise<ImportWorker | null> {
  if (unavailable) return null;
  starting ??= start();
  const handle = await starting;
  if (!handle || handle.busy) return null;
  return { read: (source, municipalities, access, copy) => read(handle, source, municipalities, access, copy) };
}

/** The running import worker, if any: for tests and diagnostics (a test stops it mid-import). */
export async function runningImportWorker(): Promise<Worker | null> {
  return starting ? ((await starting)?.worker ?? null) : null;
}

function start(): Promise<Handle | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      // No flags of the parent (a TypeScript loader of vitest or tsx): the bootstrap registers its own.
      worker = new Worker(new URL('./import-worker.mjs', import.meta.url), { execArgv: [] });
    } catch {
      unavailable = true;
      return resolve(null);
    }
    worker.unref();
    const handle: Handle = { worker, busy: false, listener: null, onDeath: null };
    let ready = false;
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        ready = true;
        return resolve(handle);
      }
      handle.listener?.(message);
    });
    const die = (err: Error) => {
      // A later import starts a fresh worker.
      if (starting && ready) starting = null;
      if (!ready) {
        unavailable = true; // does not start here: the in-thread path from now on
        resolve(null);
      }
      handle.onDeath?.(err);
    };
    worker.on('error', die);
    worker.on('exit', (code) => die(new Error(`import worker exited (${code})`)));
  });
}

let nextId = 1;

function read(handle: Handle, source: AsyncIterable<Buffer | string>, municipalities: ReadonlySet<string>, access: ImportAccess | null, copy: (bytes: Uint8Array<ArrayBuffer>) => Promise<void>): Promise<ActivityRows> {
  const id = nextId++;
  const { worker } = handle;
  const send = (message: ToWorker, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
  handle.busy = true;
  worker.ref(); // an import under way keeps the process alive (a CLI import waits for it)

  return new Promise<ActivityRows>((resolve, reject) => {
    let ended = false;
    /** An error of this side (the source, a COPY): it wins over what the worker reports after the abort. */
    let ownError: unknown = null;
    /** Sizes of the chunks sent and not yet taken by the worker, in order. */
    const untaken: number[] = [];
    let untakenBytes = 0;
    let wakePump: (() => void) | null = null;
    let copying = Promise.resolve();

    const finish = (outcome: () => void) => {
      if (ended) return;
      ended = true;
      handle.busy = false;
      handle.listener = null;
      handle.onDeath = null;
      worker.unref();
      wakePump?.();
      outcome();
    };
    const abort = (err: unknown) => {
      if (ownError !== null || ended) return;
      ownError = err;
      send({ type: 'abort', id });
    };

    handle.onDeath = (err) =>
      finish(() => reject(ownError ?? new Error('Het bestand kon niet worden ingelezen door een fout in de server. Er is niets opgeslagen.', { cause: err })));
    handle.listener = (message) => {
      if (message.id !== id) return;
      switch (message.type) {
        case 'taken':
          untakenBytes -= untaken.shift() ?? 0;
          wakePump?.();
          return;
        case 'copy': {
          const bytes = new Uint8Array(message.bytes, message.offset, message.length);
          copying = copying.then(async () => {
            if (ownError !== null || ended) return;
            try {
              await copy(bytes);
              send({ type: 'copied', id });
            } catch (err) {
              abort(err);
            }
          });
          return;
        }
        default: {
          // The last message of this import: after the COPYs already handed over.
          const last = message;
          void copying.then(() =>
            finish(() => {
              if (ownError !== null) reject(ownError);
              else if (last.type === 'done') resolve(last.result);
              else if (last.type === 'refused') reject(last.activity ? new ActivityImportError(last.problems, last.total) : new TableImportError(last.problems, { total: last.total }));
              else if (last.type === 'failed') reject(new Error(`import worker: ${last.message}`));
              else reject(new Error('import worker stopped without a reason'));
            }),
          );
        }
      }
    };

    send({ type: 'start', id, municipalities: [...municipalities], access });
    void pump();

    /** Reads the upload and hands it over, at most INPUT_BYTES_IN_FLIGHT ahead of the worker. */
    async function pump(): Promise<void> {
      // Small pieces (a source of a few bytes at a time) are gathered first: one message per piece cost
      // more than the parse.
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const post = async () => {
        const bytes = ownedBytes(pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes));
        pending = [];
        pendingBytes = 0;
        untaken.push(bytes.length);
        untakenBytes += bytes.length;
        send({ type: 'chunk', id, bytes: bytes.buffer, length: bytes.length }, [bytes.buffer]);
        while (untakenBytes >= INPUT_BYTES_IN_FLIGHT && !ended && ownError === null) await new Promise<void>((resolve) => (wakePump = resolve));
        wakePump = null;
      };
      try {
        for await (const chunk of source) {
          if (ended || ownError !== null) return;
          const piece = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
          pending.push(piece);
          pendingBytes += piece.length;
          if (pendingBytes >= MIN_MESSAGE_BYTES) await post();
        }
        if (ended || ownError !== null) return;
        if (pendingBytes > 0) await post();
        send({ type: 'end', id });
      } catch (err) {
        abort(err);
      }
    }
  });
}

/** Upload bytes gathered into one message to the worker at least (the last one excepted). */
const MIN_MESSAGE_BYTES = 64 * 1024;

/** The chunk as bytes that own their whole ArrayBuffer, so it can be transferred without copying. */
function ownedBytes(chunk: Buffer): Uint8Array<ArrayBuffer> {
  if (chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength && chunk.buffer instanceof ArrayBuffer) return new Uint8Array(chunk.buffer);
  // A slice of a shared buffer (Node's pool, a larger read): copied, so the rest stays intact.
  return new Uint8Array(chunk);
}

