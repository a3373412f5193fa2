import { createHash } from 'node:crypto';

/** Naast's namespace for name-based ids (RFC 4122 §4.3); any fixed uuid would do. */
const NAMESPACE = Buffer.from('6f1c2d0e8b5a4c7e9d3f1a2b3c4d5e6f', 'hex');

/**
 * A name-based uuid (version 5): the same name always gives the same id. The HSDS export uses it for
 * the parts Naast does not store with an id of their own (taxonomy terms, attributes, phones,
 * schedules), so exporting the same data twice gives the same document — the round trip is lossless.
 */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
