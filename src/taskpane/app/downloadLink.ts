// The add-in's save page URL carrying one file in its fragment, and its reading back: how the pane hands
// a file to the user's default browser from an Office desktop webview (downloadWay.ts). The fragment is
// never sent to the server; the bytes are deflated when the webview has CompressionStream (text such as
// .ics shrinks several times) and base64url-encoded.

export const SAVE_PAGE = "save.html";

export interface CarriedFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  // in slices: String.fromCharCode(...all) overflows the call stack on large files
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const piped = new Blob([bytes.slice()]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** The save page's URL (next to the pane's page) with the file in its fragment. */
export async function saveLink(base: string, file: CarriedFile): Promise<string> {
  const compress = typeof CompressionStream === "function";
  const data = compress ? await through(file.bytes, new CompressionStream("deflate-raw")) : file.bytes;
  const fragment = new URLSearchParams({ n: file.name, t: file.type, z: compress ? "1" : "0", d: toBase64Url(data) });
  return `${new URL(SAVE_PAGE, base).href}#${fragment.toString()}`;
}

export class CarriedFileError extends Error {
  override readonly name = "CarriedFileError";
}

/** The file a save-page URL's fragment carries; throws CarriedFileError saying what is wrong. */
export async function readSaveLink(hash: string): Promise<CarriedFile> {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const name = params.get("n");
  const type = params.get("t") ?? "application/octet-stream";
  const data = params.get("d");
  const z = params.get("z");
  if (!name || data === null || (z !== "0" && z !== "1")) throw new CarriedFileError("the link carries no file (it may have been cut short)");
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(data);
  } catch {
    throw new CarriedFileError("the file in the link is damaged (not base64url)");
  }
  if (z === "1") {
    if (typeof DecompressionStream !== "function") throw new CarriedFileError("this browser cannot unpack the file (no DecompressionStream); open the link in a current browser");
    try {
      bytes = await through(bytes, new DecompressionStream("deflate-raw"));
    } catch {
      throw new CarriedFileError("the file in the link is damaged (it does not inflate)");
    }
  }
  return { name, type, bytes };
}

/** Starts a browser download of `blob` through an <a download> (the pane in a browser, and the save page). */
export function anchorDownload(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // the click has started the download; the URL can go once the browser has taken it
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
