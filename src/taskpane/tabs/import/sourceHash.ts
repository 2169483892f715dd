// The minutes' source hash written to 會議.來源雜湊, so a changed file under the same meeting number is
// noticed. SHA-256 of the file's bytes (as the CLI computes it) where Web Crypto exists (secure
// contexts); elsewhere a 64-bit FNV-1a, marked so it is never mistaken for SHA-256.
export async function sourceHash(bytes: Uint8Array, subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null): Promise<string> {
  if (subtle) {
    const digest = await subtle.digest("SHA-256", bytes.slice());
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  }
  return `fnv1a64:${fnv1a64(bytes)}`;
}

export function fnv1a64(bytes: Uint8Array): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of bytes) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
