// The file store on a path: created on the first update only, written through a temporary file and a
// rename, and a locked, unwritable or foreign file explained without touching it.
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { nodeFileSystem, type FileSystem } from "../../../src/workbook/xlsx/atomicWrite";
import { excelLockPath, openFileStore } from "../../../src/workbook/xlsx/node";
import { errorOf, unwrap } from "../../domain/support";
import { caseRow, ctx, m110, write } from "./support";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "file-store-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const failing = (code: string, call: keyof FileSystem): FileSystem => ({
  ...nodeFileSystem,
  [call]: () => Promise.reject(Object.assign(new Error(`${code}: simulated`), { code })),
});

test("reading a path that does not exist fails and creates nothing; the first update creates it", async () => {
  const path = join(dir, "列管.xlsx");
  const store = openFileStore(path);
  expect(errorOf(await store.read())).toBe(`找不到活頁簿「${path}」`);
  expect(readdirSync(dir)).toEqual([]);
  unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
  expect(readdirSync(dir)).toEqual(["列管.xlsx"]);
  expect(unwrap(await store.read()).cases).toHaveLength(17);
});

test("re-importing leaves the file's bytes and modification time as they were", async () => {
  const path = join(dir, "列管.xlsx");
  unwrap(await applyMeeting(openFileStore(path), m110, ctx("2022-03-18T09:00:00+08:00")));
  const before = readFileSync(path);
  const mtime = statSync(path).mtimeMs;
  const summary = unwrap(await applyMeeting(openFileStore(path), m110, ctx("2022-03-19T09:00:00+08:00")));
  expect(summary.unchanged).toBe(true);
  expect(readFileSync(path).equals(before)).toBe(true);
  expect(statSync(path).mtimeMs).toBe(mtime);
});

test("a write keeps the file's permissions and leaves no temporary file behind", async () => {
  const path = join(dir, "列管.xlsx");
  unwrap(await openFileStore(path).update(write({ cases: [caseRow("11001")] })));
  chmodSync(path, 0o640);
  unwrap(await openFileStore(path).update(write({ cases: [caseRow("11002")] })));
  expect(statSync(path).mode & 0o777).toBe(0o640);
  expect(readdirSync(dir)).toEqual(["列管.xlsx"]);
});

describe("a write that fails leaves the old workbook intact", () => {
  test.each<[string, keyof FileSystem, string]>([
    ["EACCES", "writeFileSynced", "檔案被鎖定或沒有寫入權限（Excel 是否正開著它？）"],
    ["EPERM", "rename", "檔案被鎖定或沒有寫入權限（Excel 是否正開著它？）"],
    ["EBUSY", "rename", "檔案正被其他程式使用中（Excel 是否正開著它？）"],
    ["ENOSPC", "writeFileSynced", "磁碟空間不足"],
    ["EROFS", "writeFileSynced", "所在的磁碟是唯讀的"],
  ])("%s from %s", async (code, call, reason) => {
    const path = join(dir, "列管.xlsx");
    unwrap(await openFileStore(path).update(write({ cases: [caseRow("11001")] })));
    const before = readFileSync(path);
    const store = openFileStore(path, failing(code, call));
    expect(errorOf(await store.update(write({ cases: [caseRow("11002")] })))).toBe(`無法寫入活頁簿「${path}」：${reason}；原檔案未變更`);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["列管.xlsx"]);
  });

  test("a crash while the temporary file is half written", async () => {
    const path = join(dir, "列管.xlsx");
    unwrap(await openFileStore(path).update(write({ cases: [caseRow("11001")] })));
    const before = readFileSync(path);
    const crashing: FileSystem = {
      ...nodeFileSystem,
      writeFileSynced(temp, bytes) {
        writeFileSync(temp, bytes.subarray(0, 100));
        return Promise.reject(new Error("power lost"));
      },
    };
    expect(errorOf(await openFileStore(path, crashing).update(write({ cases: [caseRow("11002")] })))).toContain("power lost");
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

test.each<[string, string]>([
  ["EACCES", "沒有讀取權限"],
  ["EBUSY", "檔案正被其他程式使用中（Excel 是否正開著它？）"],
  ["EISDIR", "這是資料夾，不是活頁簿"],
])("a file that cannot be read (%s) is named with the reason", async (code, reason) => {
  const path = join(dir, "列管.xlsx");
  expect(errorOf(await openFileStore(path, failing(code, "readFile")).read())).toBe(`無法讀取活頁簿「${path}」：${reason}`);
});

test("a workbook Excel has open (its ~$ owner file beside it) is not written", async () => {
  const path = join(dir, "列管.xlsx");
  unwrap(await openFileStore(path).update(write({ cases: [caseRow("11001")] })));
  const before = readFileSync(path);
  writeFileSync(excelLockPath(path), "owner");
  expect(errorOf(await openFileStore(path).update(write({ cases: [caseRow("11002")] })))).toBe(
    `無法寫入活頁簿「${path}」：Excel 正開著它（有鎖定檔 ~$列管.xlsx）；請在 Excel 中關閉後再試，若 Excel 並未開啟，請刪除該鎖定檔；原檔案未變更`,
  );
  expect(readFileSync(path).equals(before)).toBe(true);
});

test("a file that is not an .xlsx is named and left alone", async () => {
  const path = join(dir, "列管.xlsx");
  writeFileSync(path, "列管案號,案由\n11001,測試\n");
  const store = openFileStore(path);
  const message = `「${path}」不是 Excel 活頁簿（.xlsx）：內容不是 .xlsx 的壓縮格式`;
  expect(errorOf(await store.read())).toBe(message);
  expect(errorOf(await store.update(write({ cases: [caseRow("11001")] })))).toBe(message);
  expect(readFileSync(path, "utf8")).toBe("列管案號,案由\n11001,測試\n");
});

test("a directory in the way is refused", async () => {
  expect(errorOf(await openFileStore(dir).read())).toBe(`無法讀取活頁簿「${dir}」：這是資料夾，不是活頁簿`);
});
