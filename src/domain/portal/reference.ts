/**
 * The reference on the receipt of an online question ("NV-7K3Q-X9MB"): short enough to read out on
 * the phone, without letters that look alike (0/O, 1/I/L), and no personal data in it. 32^8 ≈ 10^12
 * possibilities, drawn at random: guessing one gives nothing anyway (the own view needs the owner).
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const PATTERN = new RegExp(`^NV-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

/** `bytes` must hold at least 8 random bytes (crypto.randomBytes(8)). */
export function referenceFrom(bytes: Uint8Array): string {
  if (bytes.length < 8) throw new RangeError('referenceFrom needs 8 random bytes');
  const chars = Array.from(bytes.subarray(0, 8), (b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]!);
  return `NV-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** Accepts what a resident types: lower case and spaces around are fine. */
export function normaliseReference(input: string): string | null {
  const value = input.trim().toUpperCase();
  return PATTERN.test(value) ? value : null;
}
