/*
 * Creating something must not happen twice because an answer got lost (issue 18 §1). Every POST
 * carries an Idempotency-Key: a fresh one per user action, the same one on the automatic retry, so
 * the server answers a retry with the first answer instead of creating again.
 */

/** A random UUID (v4); also on plain http, where crypto.randomUUID is missing (not a secure context). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Answers worth one more try: the server or a proxy was briefly unavailable. */
const RETRY_STATUSES = new Set([502, 503, 504]);
/** The longest wait before the retry (a Retry-After above it: the user decides, not the page). */
const MAX_WAIT_MS = 5_000;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryDelay(response: Response | null): number | null {
  if (!response) return 1_000;
  const after = Number(response.headers.get('retry-after') ?? '1');
  const ms = Number.isFinite(after) ? after * 1000 : 1_000;
  return ms <= MAX_WAIT_MS ? ms : null;
}

/**
 * Sends a POST with an Idempotency-Key (kept if the caller set one) and tries once more with the same
 * key when the connection failed or the server was briefly unavailable. Other methods go once.
 * `input` is a Request (the typed client) or a path with its init (a string or Blob body, resendable).
 */
export async function fetchWithRetry(input: string | Request, init: RequestInit = {}, doFetch: typeof fetch = fetch): Promise<Response> {
  const method = typeof input === 'string' ? (init.method ?? 'GET') : input.method;
  if (method.toUpperCase() !== 'POST') return typeof input === 'string' ? doFetch(input, init) : doFetch(input);
  let send: () => Promise<Response>;
  if (typeof input === 'string') {
    const headers = new Headers(init.headers);
    if (!headers.has('idempotency-key')) headers.set('idempotency-key', newIdempotencyKey());
    send = () => doFetch(input, { ...init, headers });
  } else {
    if (!input.headers.has('idempotency-key')) input.headers.set('idempotency-key', newIdempotencyKey());
    const spare = input.clone();
    let first = true;
    send = () => doFetch(first ? ((first = false), input) : spare);
  }
  let response: Response | null = null;
  try {
    response = await send();
    if (!RETRY_STATUSES.has(response.status)) return response;
  } catch (err) {
    if (!(err instanceof TypeError)) throw err; // a network failure is a TypeError; anything else is ours
  }
  const delay = retryDelay(response);
  if (delay === null) return response!;
  await wait(delay);
  return send();
}
