// crypto.randomUUID where it exists, else a version-4 UUID from crypto.getRandomValues: Safari before
// 15.4 (the webview of Excel on older macOS) lacks randomUUID but has getRandomValues. Used for Graph
// transaction ids and the workbook's key, which must be unique, so Math.random is never a fallback.

/** The part of Web Crypto used here. */
export interface RandomSource {
  randomUUID?: () => string;
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** A random (version 4, RFC 9562) UUID; throws when the runtime has no Web Crypto at all. */
export function randomUuid(source: RandomSource | null = typeof globalThis.crypto === "undefined" ? null : globalThis.crypto): string {
  if (!source) throw new Error("No Web Crypto in this runtime: cannot make a random id.");
  if (typeof source.randomUUID === "function") return source.randomUUID();
  const b = source.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40; // version 4
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // variant 10
  const h = Array.from(b, (byte) => HEX[byte] ?? "00");
  return `${h.slice(0, 4).join("")}-${h.slice(4, 6).join("")}-${h.slice(6, 8).join("")}-${h.slice(8, 10).join("")}-${h.slice(10).join("")}`;
}
