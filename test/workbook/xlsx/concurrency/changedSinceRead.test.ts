// The file store on a path when another program (Excel, LibreOffice, a copy) saves the workbook between
// the store's read and its write: the update is re-read and re-planned, so both changes are kept; if the
// file keeps changing, the update gives up saying so and the other program's file stays.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeFileSystem, type FileSystem } from "../../../../src/workbook/xlsx/atomicWrite";
import { BytesInMemory, FileStore } from "../../../../src/workbook/xlsx";
import { openFileStore } from "../../../../src/workbook/xlsx/node";
import { errorOf, unwrap } from "../../../domain/support";
import { caseRow, write } from "../support";

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "changed-since-read-"));
  path = join(dir, "列管.xlsx");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The workbook as another program would save it: with `caseId` added. */
async function savedElsewhere(base: Uint8Array, caseId: string): Promise<Uint8Array> {
  const holder = new BytesInMemory(base);
  unwrap(await new FileStore(holder).update(write({ cases: [caseRow(caseId)] })));
  return holder.bytes ?? new Uint8Array();
}

/**
 * A file system on which another program saves while our temporary file is written, `times` times:
 * each time the next of `versions`, round and round.
 */
function racing(versions: readonly Uint8Array[], times: number): { fs: FileSystem; count: () => number } {
  let count = 0;
  const fs: FileSystem = {
    ...nodeFileSystem,
    async writeFileSynced(temp, bytes, mode) {
      if (count < times) {
        writeFileSync(path, versions[count % versions.length] ?? new Uint8Array());
        count++;
      }
      await nodeFileSystem.writeFileSynced(temp, bytes, mode);
    },
  };
  return { fs, count: () => count };
}

test("a save made by another program between read and write is kept: the update re-reads and re-plans", async () => {
  unwrap(await openFileStore(path).update(write({ cases: [caseRow("11001")] })));
  const foreign = await savedElsewhere(new Uint8Array(readFileSync(path)), "11002");
  const { fs, count } = racing([foreign], 1);
  unwrap(await openFileStore(path, fs).update(write({ cases: [caseRow("11003")] })));
  expect(count()).toBe(1);
  const ids = unwrap(await openFileStore(path).read()).cases.map((c) => c.caseId);
  expect(ids.sort()).toEqual(["11001", "11002", "11003"]);
  expect(readdirSync(dir)).toEqual(["列管.xlsx"]);
});

test("a file that keeps changing under the update: it gives up, says why, and the other program's file stays", async () => {
  unwrap(await openFileStore(path).update(write({ cases: [caseRow("11001")] })));
  const base = new Uint8Array(readFileSync(path));
  const versions = [await savedElsewhere(base, "11002"), await savedElsewhere(base, "11004")];
  const { fs, count } = racing(versions, 100);
  expect(errorOf(await openFileStore(path, fs).update(write({ cases: [caseRow("11003")] })))).toBe(
    `無法寫入活頁簿「${path}」：讀取之後已被其他程式修改（為免蓋掉別人的變更而未寫入）；原檔案未變更`,
  );
  // the first try and three re-plans, each overtaken
  expect(count()).toBe(4);
  expect(Buffer.from(readFileSync(path)).equals(Buffer.from(versions[1] ?? []))).toBe(true);
  expect(readdirSync(dir)).toEqual(["列管.xlsx"]);
});
