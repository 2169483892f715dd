// Replacing a file all at once: the bytes go to a temporary file beside it, are flushed to disk, and
// renamed over the original, so a crash at any point leaves either the old file or the new one. A path
// that is a symbolic link is followed: the target is replaced and the link stays a link. A caller that
// read the file first can say what it read, and the write is refused if someone wrote in between.
import { constants } from "node:fs";
import * as fsPromises from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { createHash, randomBytes } from "node:crypto";

/** The file-system calls the store makes, so tests can make them fail the way real disks do. */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  writeFileSynced(path: string, bytes: Uint8Array, mode: number | undefined): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** the file's permission bits, or undefined when it does not exist */
  mode(path: string): Promise<number | undefined>;
  exists(path: string): Promise<boolean>;
  /** the file a path names, its symbolic links followed (see {@link resolveTarget}) */
  target(path: string): Promise<string>;
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
  target: (path) => resolveTarget(path),
};

// Structural, not instanceof: errors from Node's fs belong to another realm under jest's VM.
export function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

/** The temporary name beside `path`; a dot file, so it stays out of the user's way. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
}

const MAX_LINKS = 40;

/**
 * The file `path` names with its symbolic links followed, even when the last link dangles (its target
 * is where the file will be created); a path that does not exist is itself.
 */
export async function resolveTarget(path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let link: string;
    try {
      link = await fsPromises.readlink(current);
    } catch {
      // Not a link (EINVAL; other codes on some systems) or nothing there yet (ENOENT): this is the file,
      // and any real problem with it surfaces when it is written.
      return current;
    }
    current = isAbsolute(link) ? link : resolve(dirname(current), link);
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: "ELOOP" });
}

/** What a file held when it was read: a hash of its bytes, or "absent". Compared, never shown. */
export type FileVersion = string;

export const ABSENT: FileVersion = "absent";

export function versionOf(bytes: Uint8Array | null): FileVersion {
  return bytes === null ? ABSENT : createHash("sha256").update(bytes).digest("hex");
}

/** The error a write gets when the file changed since it was read; `code` tells it from an I/O error. */
export const CHANGED_SINCE_READ = "ECHANGEDSINCEREAD";

async function currentVersion(path: string, fs: FileSystem): Promise<FileVersion> {
  try {
    return versionOf(await fs.readFile(path));
  } catch (error) {
    if (errorCode(error) === "ENOENT") return ABSENT;
    throw error;
  }
}

/**
 * Writes `bytes` to `path` through a temporary file and a rename; the original keeps its permissions.
 * With `expected`, the write happens only if the file still holds what was read (checked after the
 * temporary file is on disk, just before the rename, so a foreign writer has only that gap to slip into).
 */
export async function atomicWrite(path: string, bytes: Uint8Array, fs: FileSystem = nodeFileSystem, expected?: FileVersion): Promise<void> {
  const target = await fs.target(path);
  const temp = tempPathFor(target);
  const mode = await fs.mode(target);
  try {
    await fs.writeFileSynced(temp, bytes, mode);
    if (expected !== undefined && (await currentVersion(target, fs)) !== expected) {
      throw Object.assign(new Error("the file changed since it was read"), { code: CHANGED_SINCE_READ });
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}
