// One writer at a time on a workbook file: a lock file beside the workbook, holding the writer's pid,
// host and start time, taken for a whole read-plan-write. Others wait for it; a lock whose holder died
// (its pid is gone on this host) or stopped refreshing it is recovered. Node only (CLI, tests, benchmarks).
import { constants } from "node:fs";
import * as fsPromises from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { fail, type Result } from "../../domain";
import { problem, renderMessage, type LockHolderWords, type ProblemLanguage } from "../../problems";
import { errorCode, resolveTarget } from "./atomicWrite";

/** Who holds a lock, as written in the lock file. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** when the holder took the lock (ISO timestamp) */
  readonly since: string;
  /** unique per acquisition, so a holder never removes a lock that is no longer its own */
  readonly token: string;
}

export interface FileLockOptions {
  /** how long to wait for another writer before giving up (default 60 s) */
  readonly waitMs?: number;
  /**
   * A lock whose file was not refreshed for this long is abandoned (default 30 s). The holder refreshes
   * it every third of that, so only a holder that is gone (or a machine that froze) lets it age.
   */
  readonly staleMs?: number;
  /** this process, as written into the lock (tests pretend to be others) */
  readonly pid?: number;
  readonly host?: string;
  /** whether a process of this host is alive (default: signal 0) */
  readonly isAlive?: (pid: number) => boolean;
  /** told once when the lock is held by someone else and this writer starts waiting */
  readonly onWait?: (holder: LockHolder | null) => void;
}

/** A lock this process holds. */
export interface HeldLock {
  readonly path: string;
  /** how long it took to get the lock, waiting included */
  readonly waitedMs: number;
  /** the holder whose dead or abandoned lock was removed to take this one */
  readonly recovered: readonly LockHolder[];
  release(): Promise<void>;
}

const DEFAULT_WAIT_MS = 60_000;
const DEFAULT_STALE_MS = 30_000;

/** The writers' lock beside a workbook: a dot file, so it stays out of the user's way. */
export const writerLockPath = (workbookPath: string): string => join(dirname(workbookPath), `.${basename(workbookPath)}.lock`);

/** Signal 0 tests for a process without touching it; EPERM means it exists but belongs to another user. */
function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return null;
    const { pid, host, since, token } = value as Record<string, unknown>;
    if (typeof pid !== "number" || typeof host !== "string" || typeof since !== "string" || typeof token !== "string") return null;
    return { pid, host, since, token };
  } catch {
    return null;
  }
}

/** What is in the lock file now, and how long since it was refreshed; null when there is none. */
async function inspect(path: string): Promise<{ holder: LockHolder | null; ageMs: number } | null> {
  try {
    const [text, info] = await Promise.all([fsPromises.readFile(path, "utf8"), fsPromises.stat(path)]);
    return { holder: parseHolder(text), ageMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
}

/**
 * Removes an abandoned lock without removing a fresh one another writer took meanwhile: the lock is
 * renamed away first (one process wins the rename), then checked; a lock that turns out to be fresh
 * is put back where it was.
 */
async function removeAbandoned(path: string, judged: LockHolder | null): Promise<void> {
  const aside = `${path}.${randomBytes(6).toString("hex")}.stale`;
  try {
    await fsPromises.rename(path, aside);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return; // someone else removed it first
    throw error;
  }
  const moved = parseHolder(await fsPromises.readFile(aside, "utf8").catch(() => ""));
  if (judged !== null && moved !== null && moved.token !== judged.token) {
    // a fresh lock taken between our look and our rename: give it back (fails only if yet another exists)
    await fsPromises.link(aside, path).catch(() => undefined);
  }
  await fsPromises.unlink(aside).catch(() => undefined);
}

const holderWords = (holder: LockHolder | null): LockHolderWords | null => (holder === null ? null : { host: holder.host, pid: holder.pid, since: holder.since });

/**
 * What a writer that starts waiting tells a person, in their language:
 * 活頁簿「列管.xlsx」正由主機 pc-12 上的程序 4242（自 …起）寫入，等候中…
 */
export const waitingNotice = (workbookPath: string, holder: LockHolder | null, language: ProblemLanguage = "zh-TW"): string =>
  renderMessage(problem("file.lockWaiting", { path: workbookPath, holder: holderWords(holder) }), language);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the writers' lock of the workbook at `workbookPath` (its symbolic links followed, so every path
 * to one file shares one lock), waiting for another writer up to `waitMs`.
 *
 * @returns the held lock, or a message naming the holder when the wait ran out
 * @example
 * const lock = await acquireFileLock("列管.xlsx"); // creates .列管.xlsx.lock: {"pid":4242,"host":"pc-12",…}
 */
export async function acquireFileLock(workbookPath: string, options: FileLockOptions = {}): Promise<Result<HeldLock>> {
  const waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const host = options.host ?? hostname();
  const isAlive = options.isAlive ?? processIsAlive;
  const path = writerLockPath(await resolveTarget(workbookPath));
  const mine: LockHolder = { pid: options.pid ?? process.pid, host, since: new Date().toISOString(), token: randomBytes(12).toString("hex") };
  const started = Date.now();
  const recovered: LockHolder[] = [];
  let told = false;
  let pause = 20;
  for (;;) {
    try {
      const handle = await fsPromises.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
      try {
        await handle.writeFile(JSON.stringify(mine));
      } finally {
        await handle.close();
      }
      return { ok: true, value: held(path, mine, Date.now() - started, recovered, staleMs) };
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
    }
    const seen = await inspect(path);
    if (seen === null) continue; // released between our attempt and our look
    const dead = seen.holder !== null && seen.holder.host === host && seen.holder.pid !== mine.pid && !isAlive(seen.holder.pid);
    if (dead || seen.ageMs > staleMs) {
      await removeAbandoned(path, seen.holder);
      if (seen.holder !== null) recovered.push(seen.holder);
      continue;
    }
    if (Date.now() - started >= waitMs) {
      return fail(
        problem("file.lockTimeout", { path: workbookPath, holder: holderWords(seen.holder), seconds: Number((waitMs / 1000).toFixed(1)), lockFile: basename(path) }),
      );
    }
    if (!told) {
      told = true;
      options.onWait?.(seen.holder);
    }
    // jittered back-off, so two waiters do not retry in lockstep
    await sleep(pause * (0.5 + Math.random()));
    pause = Math.min(pause * 2, 250);
  }
}

function held(path: string, mine: LockHolder, waitedMs: number, recovered: readonly LockHolder[], staleMs: number): HeldLock {
  // Refresh the lock's time while holding it, so a long write is never taken for an abandoned lock.
  const heartbeat = setInterval(() => {
    const now = new Date();
    fsPromises.utimes(path, now, now).catch(() => undefined);
  }, Math.max(10, Math.floor(staleMs / 3)));
  heartbeat.unref();
  let released = false;
  return {
    path,
    waitedMs,
    recovered,
    async release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      const now = await fsPromises.readFile(path, "utf8").catch(() => "");
      // Only our own lock: one taken over as abandoned belongs to its new holder now.
      if (parseHolder(now)?.token === mine.token) await fsPromises.unlink(path).catch(() => undefined);
    },
  };
}

/**
 * Where no lock file can be made (a read-only share, a folder that does not exist), no one else can write
 * the workbook there either: the work runs without the lock. An update with nothing to save still
 * succeeds, and one that must save fails with the store's own reason (read-only, missing folder).
 */
const CANNOT_LOCK_HERE: ReadonlySet<string> = new Set(["EACCES", "EPERM", "EROFS", "ENOENT", "ENOTDIR"]);

/**
 * Runs `work` holding the workbook's writers' lock, and releases it whatever happens. Waiting too long
 * for another writer is `work`'s failure: nothing was written.
 */
export async function withFileLock<T>(workbookPath: string, work: (lock: HeldLock) => Promise<Result<T>>, options: FileLockOptions = {}): Promise<Result<T>> {
  let lock: Result<HeldLock>;
  try {
    lock = await acquireFileLock(workbookPath, options);
  } catch (error) {
    if (!CANNOT_LOCK_HERE.has(errorCode(error))) {
      return fail(problem("file.cannotLock", { path: workbookPath, detail: errorCode(error) || (error instanceof Error ? error.message : String(error)) }));
    }
    const unlocked: HeldLock = { path: writerLockPath(workbookPath), waitedMs: 0, recovered: [], release: () => Promise.resolve() };
    return work(unlocked);
  }
  if (!lock.ok) return lock;
  try {
    return await work(lock.value);
  } finally {
    await lock.value.release();
  }
}

/** How often an update refused because the file changed under it is re-read and re-planned. */
export const CHANGED_RETRIES = 3;

/**
 * Runs `work` again (it re-reads and re-plans) while it fails because another program wrote the file
 * between its read and its write, up to {@link CHANGED_RETRIES} times; the last failure says so.
 */
export async function retryWhileChanged<T>(work: () => Promise<Result<T>>, changed: () => boolean): Promise<Result<T>> {
  let result = await work();
  for (let retry = 0; retry < CHANGED_RETRIES && !result.ok && changed(); retry++) result = await work();
  return result;
}
