/**
 * The import worker thread (started through import-worker.mjs, which registers the TypeScript loader):
 * the per-row work of an activity import on PGlite — CSV parse, validation, permission, sha256, COPY
 * lines — off the main thread, where PGlite's WASM runs the COPY (issue 23 goal 2). The main thread
 * sends the file's bytes; this thread sends back ready COPY chunks (COPY_CHUNK_ROWS rows, the lines the
 * in-thread path writes) and at the end what the rows add up to or why the file is refused.
 * Both directions are bounded (see import-worker-client.ts), so memory stays flat in the file size.
 * One import at a time; every message carries the import's number, so a late message of an earlier
 * import is ignored.
 */
import { parentPort } from 'node:worker_threads';
import { permitFor } from '../../domain/activities/permit.ts';
import { TableImportError } from '../tabular/import-error.ts';
import { LineBuffer } from './lines.ts';
import { ActivityImportError, readActivityRows } from './rows.ts';
import { COPY_CHUNK_ROWS, COPY_CHUNKS_IN_FLIGHT, type FromWorker, type ToWorker } from './import-worker-protocol.ts';

const port = parentPort!;

/** The import under way. */
interface Current {
  id: number;
  chunks: Buffer[];
  ended: boolean;
  aborted: boolean;
  /** COPY chunks sent and not yet copied by the main thread. */
  unconfirmed: number;
  /** Wakes the reader (a chunk, the end, an abort, a confirmation arrived). */
  wake: (() => void) | null;
}

let current: Current | null = null;

const post = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

function wakeUp(c: Current): void {
  const w = c.wake;
  c.wake = null;
  w?.();
}

const nextEvent = (c: Current) => new Promise<void>((resolve) => (c.wake = resolve));

class Aborted extends Error {}

port.on('message', (message: ToWorker) => {
  if (message.type === 'start') {
    const c: Current = { id: message.id, chunks: [], ended: false, aborted: false, unconfirmed: 0, wake: null };
    current = c;
    void run(c, message.municipalities, message.access);
    return;
  }
  const c = current;
  if (!c || c.id !== message.id) return; // a late message of an import that has ended
  if (message.type === 'chunk') c.chunks.push(Buffer.from(message.bytes, 0, message.length));
  else if (message.type === 'end') c.ended = true;
  else if (message.type === 'abort') c.aborted = true;
  else if (message.type === 'copied') c.unconfirmed--;
  wakeUp(c);
});

/** The bytes the main thread sends, as the stream readActivityRows reads. */
async function* bytesOf(c: Current): AsyncGenerator<Buffer> {
  for (;;) {
    if (c.aborted) throw new Aborted();
    const chunk = c.chunks.shift();
    if (chunk) {
      post({ type: 'taken', id: c.id });
      yield chunk;
    } else if (c.ended) return;
    else await nextEvent(c);
  }
}

async function run(c: Current, municipalities: string[], access: ToWorkerStart['access']): Promise<void> {
  const lines = new LineBuffer(COPY_BUFFER_BYTES);
  let rows = 0;
  // The first chunks are small, so that PGlite starts copying soon after the upload starts.
  let chunkRows = FIRST_CHUNK_ROWS;
  const send = async () => {
    while (c.unconfirmed >= COPY_CHUNKS_IN_FLIGHT && !c.aborted) await nextEvent(c);
    if (c.aborted) throw new Aborted();
    // Handed over, not copied: take() starts a new buffer here.
    const bytes = lines.take();
    const buffer = bytes.buffer as ArrayBuffer; // allocUnsafe of this size: never Node's shared pool
    rows = 0;
    chunkRows = Math.min(2 * chunkRows, COPY_CHUNK_ROWS);
    c.unconfirmed++;
    post({ type: 'copy', id: c.id, bytes: buffer, offset: bytes.byteOffset, length: bytes.length }, [buffer]);
  };
  try {
    const permit = access ? permitFor(access.grants, access.meeAreas) : null;
    const result = await readActivityRows(bytesOf(c), { municipalities: new Set(municipalities), permit }, (a) => {
      lines.addCopyLine(a);
      if (++rows >= chunkRows) return send();
    });
    if (rows > 0) await send();
    post({ type: 'done', id: c.id, result });
  } catch (err) {
    if (err instanceof Aborted || c.aborted) post({ type: 'aborted', id: c.id });
    else if (err instanceof TableImportError) post({ type: 'refused', id: c.id, problems: [...err.problems], total: err.total, activity: err instanceof ActivityImportError });
    else post({ type: 'failed', id: c.id, message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  } finally {
    if (current === c) current = null;
  }
}

type ToWorkerStart = Extract<ToWorker, { type: 'start' }>;

const FIRST_CHUNK_ROWS = 2_500;

/** Room for one chunk of COPY lines (~70 bytes a row); LineBuffer grows when a chunk needs more. */
const COPY_BUFFER_BYTES = COPY_CHUNK_ROWS * 96;

post({ type: 'ready', id: 0 });
