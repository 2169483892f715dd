// The file store on a path, for Node (the CLI, tests, benchmarks): missing file → created on the first
// update, writes atomic, and a locked, unreadable or unwritable file explained in words.
import { basename, dirname, join } from "node:path";
import { fail, ok, type Result } from "../../domain";
import { ABSENT, CHANGED_SINCE_READ, atomicWrite, errorCode, nodeFileSystem, versionOf, type FileSystem, type FileVersion } from "./atomicWrite";
import { FileStore, type WorkbookBytes } from "./fileStore";
import { retryWhileChanged, waitingNotice, withFileLock, type LockHolder } from "./fileLock";

const READ_REASONS: Readonly<Record<string, string>> = {
  EACCES: "沒有讀取權限",
  EPERM: "沒有讀取權限",
  EBUSY: "檔案正被其他程式使用中（Excel 是否正開著它？）",
  EISDIR: "這是資料夾，不是活頁簿",
};

const WRITE_REASONS: Readonly<Record<string, string>> = {
  EACCES: "檔案被鎖定或沒有寫入權限（Excel 是否正開著它？）",
  EPERM: "檔案被鎖定或沒有寫入權限（Excel 是否正開著它？）",
  EBUSY: "檔案正被其他程式使用中（Excel 是否正開著它？）",
  EROFS: "所在的磁碟是唯讀的",
  ENOSPC: "磁碟空間不足",
  ENOENT: "所在的資料夾不存在",
  ENOTDIR: "所在的資料夾不存在",
  EISDIR: "這是資料夾，不是活頁簿",
  [CHANGED_SINCE_READ]: "讀取之後已被其他程式修改（為免蓋掉別人的變更而未寫入）",
};

const reason = (reasons: Readonly<Record<string, string>>, error: unknown): string =>
  reasons[errorCode(error)] ?? (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";

/** Excel's owner file (~$book.xlsx) beside a workbook means Excel has it open, on this machine or another. */
export const excelLockPath = (path: string): string => join(dirname(path), `~$${basename(path)}`);

export class PathBytes implements WorkbookBytes {
  /** what the last load read, so a save can refuse to overwrite a write made in between */
  private seen: FileVersion | undefined;
  private changedSinceRead = false;

  constructor(
    readonly path: string,
    private readonly fs: FileSystem = nodeFileSystem,
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
      return fail(`無法讀取活頁簿「${this.path}」：${reason(READ_REASONS, error)}`);
    }
  }

  async save(bytes: Uint8Array): Promise<Result<true>> {
    const cannot = (why: string) => fail(`無法寫入活頁簿「${this.path}」：${why}；原檔案未變更`);
    if (await this.fs.exists(excelLockPath(this.path))) {
      return cannot(`Excel 正開著它（有鎖定檔 ${basename(excelLockPath(this.path))}）；請在 Excel 中關閉後再試，若 Excel 並未開啟，請刪除該鎖定檔`);
    }
    try {
      await atomicWrite(this.path, bytes, this.fs, this.seen);
      return ok(true);
    } catch (error) {
      this.changedSinceRead = errorCode(error) === CHANGED_SINCE_READ;
      return cannot(reason(WRITE_REASONS, error));
    }
  }

  /** One writer at a time (a lock file beside the workbook); a write refused as stale is re-read and re-planned. */
  exclusive<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
    // A person at a terminal is told why the command pauses; a script reading stderr is not disturbed.
    const onWait = process.stderr.isTTY ? (holder: LockHolder | null) => void process.stderr.write(`${waitingNotice(this.path, holder)}\n`) : undefined;
    return withFileLock(this.path, () => retryWhileChanged(work, () => this.changedSinceRead), { onWait });
  }
}

/**
 * The tracking workbook at `path`. Reading a path that does not exist fails; the first update creates
 * the workbook there.
 */
export function openFileStore(path: string, fs: FileSystem = nodeFileSystem): FileStore {
  return new FileStore(new PathBytes(path, fs), path);
}
