/**
 * A small seeded pseudo-random generator (mulberry32). The evaluation sample must be reproducible: the
 * same seed gives the same cases, so anyone checking the accountability report can redraw it.
 * Not for anything secret.
 */

/** FNV-1a, to turn a textual seed ("evaluatie-2015-Q1") into 32 bits. */
export function hashSeed(seed: string | number): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Returns a function giving floats in [0, 1). */
export function mulberry32(seed: string | number): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
