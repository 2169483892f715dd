// The Excel store creates 組室總覽's 執行情形統計 columns from the schema's one declaration: each row of
// the table carries the declared formula and number format (LibreOffice recalculates the same formulas
// in test/workbook/xlsx/statisticsSheet.test.ts).
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { TABLE, tableSpec } from "../../../src/workbook/schema";
import { unwrap } from "../../domain/support";
import { ctx, fakeStore, m110 } from "./support/scenario";

const STATISTICS = ["tracked", "trackingOpen", "continued", "released", "selfTracked", "closureRate"];

test("組室總覽 in Excel has the statistics columns as formulas, one per division row", async () => {
  const { fake, store } = fakeStore();
  unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
  const spec = tableSpec("overview");
  const table = fake.table(TABLE.overview);
  const headers = table.headers();
  const rows = fake.bodyCells(TABLE.overview);
  expect(rows.length).toBeGreaterThan(0);
  for (const key of STATISTICS) {
    const column = spec.columns.find((c) => c.key === key);
    if (!column?.formula) throw new Error(`schema column ${key} has no formula`);
    const index = headers.indexOf(column.header);
    expect(index).toBeGreaterThan(0);
    for (const row of rows) expect([column.header, row[index]?.formula]).toEqual([column.header, column.formula]);
  }
  const rate = headers.indexOf("結案率");
  expect(rows.every((row) => row[rate]?.numberFormat === "0.0%")).toBe(true);
});
