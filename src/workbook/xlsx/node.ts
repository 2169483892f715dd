// The file store on a path, for Node (the CLI, tests, benchmarks): missing file → created on the first
// update, writes atomic, and a locked, unreadable or unwritable file explained in words.
import { basename, dirname, join } from "node:path";
import { fail, ok, type Result } from "../../domain";
import { problem, type FileReadReason, type FileWriteReason, type ProblemLanguage } from "../../problems";
import { ABSENT, CHANGED_SINCE_READ, atomicWrite, errorCode, nodeFileSystem, versionOf, type FileSystem, type FileVersion } from "./atomicWrite";
import { FileStore, type WorkbookBytes } from "./fileStore";
import { retryWhileChanged, waitingNotice, withFileLock, type LockHolder } from "./fileLock";

/** File-system error codes as the reasons the catalogue words (src/problems/storeCatalogue.ts). */
const READ_REASONS: Readonly<Record<string, FileReadReason>> = {
  EACCES: "noPermission",
  EPERM: "noPermission",
  EBUSY: "busy",
  EISDIR: "directory",
};

const WRITE_REASONS: Readonly<Record<string, FileWriteReason>> = {
  EACCES: "locked",
  EPERM: "locked",
  EBUSY: "busy",
  EROFS: "readOnly",
  ENOSPC: "diskFull",
  ENOENT: "noFolder",
  ENOTDIR: "noFolder",
  EISDIR: "directory",
  [CHANGED_SINCE_READ]: "changedSinceRead",
};

/** The error's first line: what an unknown code is shown as. */
const detailOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";

/** Excel's owner file (~$book.xlsx) beside a workbook means Excel has it open, on this machine or another. */
export const excelLockPath = (path: string): string => join(dirname(path), `~$${basename(path)}`);

export class PathBytes implements WorkbookBytes {
  /** what the last load read, so a save can refuse to overwrite a write made in between */
  private seen: FileVersion | undefined;
  private changedSinceRead = false;

  constructor(
    readonly path: string,
    private readonly fs: FileSystem = nodeFileSystem,
    /** the language of the notice printed while waiting for another writer (the CLI's --lang) */
    private readonly language: ProblemLanguage = "zh-TW",
  ) {}

  async load(): Promise<Result<Uint8Array | null>> {
    this.changedSinceRead = false;
    try {
      const bytes = await this.fs.readFile(this.path);
      this.seen = versionOf(bytes);
      return ok(bytes);
    } catch (error) {
      if (errorCode(error) === "ENOENT") {
        this.seen = ABSENT;
        return ok(null);
      }
      return fail(problem("file.cannotRead", { path: this.path, reason: READ_REASONS[errorCode(error)] ?? "other", detail: detailOf(error) }));
    }
  }

  async save(bytes: Uint8Array): Promise<Result<true>> {
    if (await this.fs.exists(excelLockPath(this.path))) {
      return fail(problem("file.openInExcel", { path: this.path, lockFile: basename(excelLockPath(this.path)) }));
    }
    try {
      await atomicWrite(this.path, bytes, this.fs, this.seen);
      return ok(true);
    } catch (error) {
      this.changedSinceRead = errorCode(error) === CHANGED_SINCE_READ;
      return fail(problem("file.cannotWrite", { path: this.path, reason: WRITE_REASONS[errorCode(error)] ?? "other", detail: detailOf(error) }));
    }
  }

  /** One writer at a time (a lock file beside the workbook); a write refused as stale is re-read and re-planned. */
  exclusive<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
    // A person at a terminal is told why the command pauses; a script reading stderr is not disturbed.
    const onWait = process.stderr.isTTY ? (holder: LockHolder | null) => void process.stderr.write(`${waitingNotice(this.path, holder, this.language)}\n`) : undefined;
    return withFileLock(this.path, () => retryWhileChanged(work, () => this.changedSinceRead), { onWait });
  }
}

/**
 * The tracking workbook at `path`. Reading a path that does not exist fails; the first update creates
 * the workbook there. A writer that must wait for another says so on a terminal, in `language`.
 */
export function openFileStore(path: string, fs: FileSystem = nodeFileSystem, language: ProblemLanguage = "zh-TW"): FileStore {
  return new FileStore(new PathBytes(path, fs, language), path);
}
