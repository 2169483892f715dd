// The writers' lock beside a workbook: who holds it, waiting for it, giving up with the holder named,
// recovering a dead or abandoned holder's lock, and never removing a lock that is not one's own.
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { ok } from "../../../src/domain";
import { acquireFileLock, retryWhileChanged, waitingNotice, withFileLock, writerLockPath, type HeldLock } from "../../../src/workbook/xlsx/fileLock";
import { openFileStore } from "../../../src/workbook/xlsx/node";
import { errorOf, unwrap } from "../../domain/support";
import { caseRow, write } from "./support";

let dir: string;
let book: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "file-lock-"));
  book = join(dir, "列管.xlsx");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lockFile = () => writerLockPath(book);
const holderOf = () => JSON.parse(readFileSync(lockFile(), "utf8")) as Record<string, unknown>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("the lock file beside the workbook names this process and host, and is gone after release", async () => {
  const lock = unwrap(await acquireFileLock(book));
  expect(lockFile()).toBe(join(dir, ".列管.xlsx.lock"));
  expect(holderOf()).toMatchObject({ pid: process.pid, host: hostname() });
  await lock.release();
  expect(existsSync(lockFile())).toBe(false);
});

test("a second writer waits until the first releases, then holds it", async () => {
  const first = unwrap(await acquireFileLock(book));
  let waitedFor: unknown;
  const second = acquireFileLock(book, { onWait: (holder) => (waitedFor = holder?.pid) });
  await sleep(300);
  await first.release();
  const lock = unwrap(await second);
  expect(waitedFor).toBe(process.pid);
  expect(lock.waitedMs).toBeGreaterThanOrEqual(250);
  await lock.release();
});

test("a writer that waits too long gives up, naming the holder and the lock file, and leaves the lock alone", async () => {
  writeFileSync(lockFile(), JSON.stringify({ pid: 4242, host: "pc-secretary", since: "2022-03-18T09:00:00.000Z", token: "theirs" }));
  const result = await acquireFileLock(book, { waitMs: 200 });
  expect(errorOf(result)).toBe(
    `活頁簿「${book}」正由主機 pc-secretary 上的程序 4242（自 2022-03-18T09:00:00.000Z 起）寫入，等候 0.2 秒仍未完成；` +
      "這次沒有寫入任何變更，請稍後再試（若該程序已不在，請刪除鎖定檔 .列管.xlsx.lock）",
  );
  expect(holderOf()).toMatchObject({ token: "theirs" });
});

describe("an abandoned lock is recovered", () => {
  test("its holder's process is gone on this host", async () => {
    writeFileSync(lockFile(), JSON.stringify({ pid: 999_999, host: hostname(), since: "2022-03-18T09:00:00.000Z", token: "dead" }));
    const lock = unwrap(await acquireFileLock(book, { waitMs: 0, isAlive: (pid) => pid !== 999_999 }));
    expect(lock.recovered.map((h) => h.pid)).toEqual([999_999]);
    expect(holderOf()).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  test("on another host, only once it has not been refreshed for the stale time", async () => {
    writeFileSync(lockFile(), JSON.stringify({ pid: 1, host: "elsewhere", since: "2022-03-18T09:00:00.000Z", token: "far" }));
    // fresh: another host's process cannot be checked, so it is waited for
    expect(errorOf(await acquireFileLock(book, { waitMs: 100, staleMs: 60_000 }))).toContain("主機 elsewhere 上的程序 1");
    const old = new Date(Date.now() - 120_000);
    utimesSync(lockFile(), old, old);
    const lock = unwrap(await acquireFileLock(book, { waitMs: 100, staleMs: 60_000 }));
    expect(lock.recovered.map((h) => h.host)).toEqual(["elsewhere"]);
    await lock.release();
  });

  test("a lock file that is not ours to read (empty, garbage) counts only by its age", async () => {
    writeFileSync(lockFile(), "");
    expect(errorOf(await acquireFileLock(book, { waitMs: 100 }))).toContain("正由另一個程序寫入");
    const old = new Date(Date.now() - 120_000);
    utimesSync(lockFile(), old, old);
    await unwrap(await acquireFileLock(book, { waitMs: 100, staleMs: 60_000 })).release();
  });
});

test("a holder keeps its lock fresh while it works, so a long write is never taken over", async () => {
  const first = unwrap(await acquireFileLock(book, { staleMs: 300 }));
  const second = await acquireFileLock(book, { staleMs: 300, waitMs: 1_000 });
  expect(errorOf(second)).toContain(`程序 ${process.pid}`);
  await first.release();
});

test("releasing never removes a lock another writer took over", async () => {
  const lock = unwrap(await acquireFileLock(book));
  writeFileSync(lockFile(), JSON.stringify({ pid: 7, host: "other", since: "2022-03-18T09:00:00.000Z", token: "new-holder" }));
  await lock.release();
  expect(holderOf()).toMatchObject({ token: "new-holder" });
});

test("a workbook reached through a symbolic link shares its target's lock", async () => {
  writeFileSync(book, "");
  const link = join(dir, "link.xlsx");
  symlinkSync(book, link);
  const lock = unwrap(await acquireFileLock(link));
  expect(lock.path).toBe(lockFile());
  expect(errorOf(await acquireFileLock(book, { waitMs: 50 }))).toContain("寫入");
  await lock.release();
});

describe("withFileLock", () => {
  test("releases the lock when the work fails or throws", async () => {
    expect(errorOf(await withFileLock(book, () => Promise.resolve({ ok: false as const, error: "plan refused" })))).toBe("plan refused");
    expect(existsSync(lockFile())).toBe(false);
    await expect(withFileLock(book, () => Promise.reject(new Error("bug")))).rejects.toThrow("bug");
    expect(existsSync(lockFile())).toBe(false);
  });

  test("runs one work at a time", async () => {
    const order: string[] = [];
    const work = (name: string) => async (lock: HeldLock) => {
      order.push(`${name} in`);
      await sleep(100);
      order.push(`${name} out`);
      return ok(lock.path);
    };
    await Promise.all([withFileLock(book, work("a")), withFileLock(book, work("b"))]);
    expect(order.join(",")).toMatch(/^(a in,a out,b in,b out|b in,b out,a in,a out)$/);
  });
});

describe("retryWhileChanged", () => {
  test.each<[string, boolean[], number, boolean]>([
    ["succeeds at once", [], 1, true],
    ["re-plans after a change, then succeeds", [true], 2, true],
    ["gives up after three re-plans", [true, true, true, true, true], 4, false],
  ])("%s", async (_, changes, runs, succeeds) => {
    let count = 0;
    const result = await retryWhileChanged(
      () => {
        count++;
        return Promise.resolve(count <= changes.length ? { ok: false as const, error: "changed" } : ok(count));
      },
      () => changes[count - 1] ?? false,
    );
    expect(count).toBe(runs);
    expect(result.ok).toBe(succeeds);
  });

  test("a failure that is not a change is not retried", async () => {
    let count = 0;
    await retryWhileChanged(() => Promise.resolve({ ok: false as const, error: `disk full ${++count}` }), () => false);
    expect(count).toBe(1);
  });
});

test("where no lock file can be made (a folder that does not exist), the work runs unlocked and the store's own reason stands", async () => {
  const missing = join(dir, "沒有這個資料夾", "列管.xlsx");
  const store = openFileStore(missing);
  expect(errorOf(await store.update(write({ cases: [caseRow("11001")] })))).toBe(`無法寫入活頁簿「${missing}」：所在的資料夾不存在；原檔案未變更`);
  let ran = false;
  unwrap(await withFileLock(missing, () => ((ran = true), Promise.resolve(ok(1)))));
  expect(ran).toBe(true);
});

test("the notice a waiting writer gives a person at a terminal names the holder", () => {
  const holder = { pid: 4242, host: "pc-12", since: "2022-03-18T09:00:00.000Z", token: "t" };
  expect(waitingNotice("列管.xlsx", holder)).toBe("活頁簿「列管.xlsx」正由主機 pc-12 上的程序 4242（自 2022-03-18T09:00:00.000Z 起）寫入，等候中…");
  expect(waitingNotice("列管.xlsx", null)).toBe("活頁簿「列管.xlsx」正由另一個程序寫入，等候中…");
});

test("a store opened in English tells a person at a terminal, in English, whom it waits for", async () => {
  const lock = unwrap(await acquireFileLock(book));
  const printed: string[] = [];
  const tty = process.stderr.isTTY;
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (printed.push(String(chunk)), true));
  process.stderr.isTTY = true;
  try {
    const update = openFileStore(book, undefined, "en").update(write({ cases: [caseRow("11001")] }));
    await sleep(150);
    await lock.release();
    unwrap(await update);
  } finally {
    process.stderr.isTTY = tty;
    spy.mockRestore();
  }
  expect(printed).toHaveLength(1);
  expect(printed[0]).toMatch(new RegExp(`^the workbook “${book.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}” is being written by process ${process.pid} on host ${hostname()} \\(since [^)]+\\); waiting…\\n$`, "u"));
});

test("the waiting notice in English names the holder without Chinese", () => {
  const holder = { pid: 4242, host: "pc-12", since: "2022-03-18T09:00:00.000Z", token: "t" };
  expect(waitingNotice("列管.xlsx", holder, "en")).toBe("the workbook “列管.xlsx” is being written by process 4242 on host pc-12 (since 2022-03-18T09:00:00.000Z); waiting…");
  expect(waitingNotice("列管.xlsx", null, "en")).toBe("the workbook “列管.xlsx” is being written by another process; waiting…");
});
