// Requests stay under Excel on the web's 5 MB: the JSON size of each write is estimated, big blocks are
// split by rows, ops are packed in order, and a large append goes out in a few syncs, none too large.
import { DEFAULT_REQUEST_BUDGET, EXCEL_WEB_PAYLOAD_LIMIT, ExcelStore, batchBytes, batchOps, opBytes } from "../../../src/workbook/excel";
import { utf8Length } from "../../../src/workbook/excel/chunking";
import type { ExcelOp, WriteOp } from "../../../src/workbook/excel/ops";
import { TABLE } from "../../../src/workbook/schema";
import { errorOf, unwrap } from "../../domain/support";
import { FakeExcel } from "./support/fakeExcel";
import { fakeStore, syntheticChanges, writeAll } from "./support/scenario";

const block = (rows: number, text: string): WriteOp => ({
  kind: "write",
  target: "cases",
  row: 1,
  col: 0,
  values: Array.from({ length: rows }, (_, i) => [`C${i}`, text]),
  numberFormat: Array.from({ length: rows }, () => ["@", "@"]),
});

describe("estimates", () => {
  test("UTF-8 bytes: CJK is three bytes a character, astral characters four", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("列管")).toBe(6);
    expect(utf8Length("𠀀")).toBe(4);
  });

  test("an op is its values and formats as JSON plus a fixed overhead", () => {
    const op = block(2, "案由");
    expect(opBytes(op)).toBe(256 + utf8Length(JSON.stringify(op.values)) + utf8Length(JSON.stringify(op.numberFormat)));
  });
});

describe("batchOps", () => {
  test("small ops share one batch, in order", () => {
    const ops: ExcelOp[] = [block(3, "a"), { kind: "totals", table: "history", show: false }, block(2, "b")];
    expect(batchOps(ops, DEFAULT_REQUEST_BUDGET)).toEqual([ops]);
  });

  test("a block over the budget is split into consecutive row blocks that each fit", () => {
    const big = block(20_000, "請各單位檢討辦公廳舍節約能源措施，並於期限內提報執行成果及改善計畫");
    const budget = 1024 * 1024;
    const batches = batchOps([big], budget);
    expect(batches.length).toBeGreaterThan(2);
    let next = 1;
    for (const batch of batches) {
      expect(batchBytes(batch)).toBeLessThanOrEqual(budget);
      for (const op of batch) {
        if (op.kind !== "write") throw new Error("only writes expected");
        expect(op.row).toBe(next);
        next += op.values?.length ?? 0;
      }
    }
    expect(next - 1).toBe(20_000);
  });

  test("a table too big for one request is created over the first rows; the rest follow below it", () => {
    const values = [["列管案號", "案由"], ...Array.from({ length: 30_000 }, (_, i) => [`C${i}`, "案由".repeat(20)])];
    const create: ExcelOp = { kind: "create-table", table: "cases", values, numberFormat: values.map(() => [null, null]) };
    const batches = batchOps([create], DEFAULT_REQUEST_BUDGET);
    expect(batches[0]?.[0]?.kind).toBe("create-table");
    const rows = batches.flat().reduce((n, op) => n + (op.kind === "create-table" ? op.values.length : op.kind === "write" ? (op.values?.length ?? 0) : 0), 0);
    expect(rows).toBe(30_001);
    for (const batch of batches) expect(batchBytes(batch)).toBeLessThanOrEqual(DEFAULT_REQUEST_BUDGET);
  });
});

describe("a big append through the store", () => {
  test("10,000 new cases and their history go out in requests under 4 MB each, and all arrive", async () => {
    const { fake, store } = fakeStore();
    const changes = syntheticChanges(10_000);
    unwrap(await store.update(writeAll(changes)));
    expect(fake.syncLog.map((s) => s.requestBytes).every((bytes) => bytes <= DEFAULT_REQUEST_BUDGET + 64 * 1024)).toBe(true);
    expect(Math.max(...fake.syncLog.map((s) => s.requestBytes))).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    expect(fake.syncs).toBe(1 + (store.lastUpdate?.writeSyncs ?? 0));
    expect(fake.table(TABLE.cases).bodyRows).toBe(10_000);
    expect(fake.table(TABLE.history).bodyRows).toBe(10_000);
    const read = unwrap(await store.read());
    expect(read.cases).toEqual(changes.cases);
    expect(read.history).toEqual(changes.history);
  });

  test("with a small budget an append to an existing table takes one sync per chunk: O(chunks), not O(rows)", async () => {
    const fake = new FakeExcel();
    const store = new ExcelStore({ run: fake.run, isSetSupported: fake.isSetSupported, requestBudget: 256 * 1024 });
    unwrap(await store.update(writeAll(syntheticChanges(10))));
    fake.resetLog();
    const more = syntheticChanges(2_000);
    const changes = { meetings: [], cases: more.cases.map((c) => ({ ...c, caseId: `T${c.caseId}` })), history: [] };
    unwrap(await store.update(writeAll(changes)));
    const writeSyncs = fake.syncs - 1;
    expect(writeSyncs).toBe(store.lastUpdate?.writeSyncs);
    expect(writeSyncs).toBeGreaterThan(1);
    expect(writeSyncs).toBeLessThan(20);
    for (const sync of fake.syncLog.slice(1)) expect(sync.requestBytes).toBeLessThanOrEqual(256 * 1024 + 4096);
    expect(unwrap(await store.read()).cases.slice(10)).toEqual(changes.cases);
  });
});

test("a host that refuses a request anyway (a smaller limit than the budget) is reported with Excel's code", async () => {
  const { fake, store } = fakeStore({ payloadLimit: 512 * 1024 });
  const error = errorOf(await store.update(writeAll(syntheticChanges(2_000))));
  expect(error).toContain("RequestPayloadSizeLimitExceeded");
  expect(error).toContain("寫入中斷");
  expect(fake.syncLog.at(-1)?.failed).toBe("RequestPayloadSizeLimitExceeded");
});
