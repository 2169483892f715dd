// Replacing a file all at once: the bytes go to a temporary file beside it, are flushed to disk, and
// renamed over the original, so a crash at any point leaves either the old file or the new one.
import { constants } from "node:fs";
import * as fsPromises from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";

/** The file-system calls the store makes, so tests can make them fail the way real disks do. */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  writeFileSynced(path: string, bytes: Uint8Array, mode: number | undefined): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** the file's permission bits, or undefined when it does not exist */
  mode(path: string): Promise<number | undefined>;
  exists(path: string): Promise<boolean>;
}

export const nodeFileSystem: FileSystem = {
  readFile: async (path) => new Uint8Array(await fsPromises.readFile(path)),
  async writeFileSynced(path, bytes, mode) {
    // wx: never overwrite; the name is fresh, so an existing file there is someone else's.
    const handle = await fsPromises.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode ?? 0o666);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fsPromises.rename(from, to),
  unlink: (path) => fsPromises.unlink(path),
  async mode(path) {
    try {
      return (await fsPromises.stat(path)).mode & 0o777;
    } catch (error) {
      if (errorCode(error) === "ENOENT") return undefined;
      throw error;
    }
  },
  async exists(path) {
    try {
      await fsPromises.stat(path);
      return true;
    } catch {
      return false;
    }
  },
};

// Structural, not instanceof: errors from Node's fs belong to another realm under jest's VM.
export function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

/** The temporary name beside `path`; a dot file, so it stays out of the user's way. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
}

/** Writes `bytes` to `path` through a temporary file and a rename; the original keeps its permissions. */
export async function atomicWrite(path: string, bytes: Uint8Array, fs: FileSystem = nodeFileSystem): Promise<void> {
  const temp = tempPathFor(path);
  const mode = await fs.mode(path);
  try {
    await fs.writeFileSynced(temp, bytes, mode);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}
