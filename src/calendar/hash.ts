// A small synchronous content hash (FNV-1a 64) for telling whether a synced event changed.

// FNV-1a 64-bit parameters (offset basis and prime) from the FNV specification.
const OFFSET_BASIS = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/**
 * FNV-1a 64 of the text's UTF-8 bytes, as 16 lowercase hex digits.
 *
 * Why not SHA-256: this hash only detects that what we would write differs from what we wrote last time;
 * nobody attacks it. Web Crypto's digest is asynchronous and `node:crypto` is I/O-side, while the plan must
 * stay synchronous and importable anywhere. At a few thousand reminders a 64-bit collision is about
 * 1 in 10^12.
 *
 * @example
 * fnv1a64("")  //=> "cbf29ce484222325"
 * fnv1a64("a") //=> "af63dc4c8601ec8c"
 */
export function fnv1a64(text: string): string {
  let hash = OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, "0");
}
