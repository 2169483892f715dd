// The 設定 日期顯示 decides the number format of the date cells the Excel store writes: 民國 dates in
// ROC_DATE_FORMAT, 西元 in DATE_FORMAT, read at each write (a change takes effect at the next one).
import { emptyCase, type CaseRow, type WorkbookChanges } from "../../../src/workbook/model";
import { DATE_FORMAT, ROC_DATE_FORMAT, TABLE, columnSpec } from "../../../src/workbook/schema";
import { unwrap } from "../../domain/support";
import { fakeStore, writeAll } from "./support/scenario";

const dueHeader = columnSpec("cases", "dueDate").header;
const caseRow = (caseId: string, dueDate: string): CaseRow => ({ ...emptyCase(caseId), meeting: 111, lead: ["總務組"], text: `案件 ${caseId}`, dueDate: dueDate as CaseRow["dueDate"] });
const changes = (cases: CaseRow[]): WorkbookChanges => ({ meetings: [], cases, history: [] });

async function scenario(display: "西元" | "民國") {
  const { fake, store } = fakeStore();
  unwrap(await store.update(writeAll(changes([caseRow("11101", "2022-03-17")]))));
  // The person picks 日期顯示 in 設定 (column 5 of its one row).
  const setting = fake.bodyCells(TABLE.settings)[0]?.[4];
  if (!setting) throw new Error("no 日期顯示 cell");
  setting.value = display;
  fake.resetLog();
  // An update of the existing case's due date, and a new case appended.
  unwrap(await store.update(writeAll(changes([caseRow("11101", "2022-03-18"), caseRow("11102", "2022-03-17")]))));
  const dueColumn = fake.table(TABLE.cases).headers().indexOf(dueHeader);
  const formats = fake.bodyCells(TABLE.cases).map((row) => row[dueColumn]?.numberFormat);
  const sentFormats = fake.sent.filter((w) => w.property === "numberFormat").map((w) => w.value);
  return { fake, formats, sentFormats };
}

describe("日期顯示 in the Excel store", () => {
  test("民國: the updated and the appended date cells are sent and hold ROC_DATE_FORMAT", async () => {
    const { formats, sentFormats } = await scenario("民國");
    expect(formats).toEqual([ROC_DATE_FORMAT, ROC_DATE_FORMAT]);
    expect(JSON.stringify(sentFormats)).toContain(JSON.stringify(ROC_DATE_FORMAT));
    expect(JSON.stringify(sentFormats)).not.toContain(JSON.stringify(DATE_FORMAT));
  });

  test("西元: the date cells stay yyyy-mm-dd", async () => {
    const { formats, sentFormats } = await scenario("西元");
    expect(formats).toEqual([DATE_FORMAT, DATE_FORMAT]);
    expect(JSON.stringify(sentFormats)).not.toContain(JSON.stringify(ROC_DATE_FORMAT));
  });

  test("a new workbook is created with yyyy-mm-dd date cells (its 設定 says 西元)", async () => {
    const { fake, store } = fakeStore();
    unwrap(await store.update(writeAll(changes([caseRow("11101", "2022-03-17")]))));
    const dueColumn = fake.table(TABLE.cases).headers().indexOf(dueHeader);
    expect(fake.bodyCells(TABLE.cases)[0]?.[dueColumn]?.numberFormat).toBe(DATE_FORMAT);
  });

  test("a date rewritten in a cell with a date format of the user's own keeps that format, as in the file store", async () => {
    const { fake, store } = fakeStore();
    unwrap(await store.update(writeAll(changes([caseRow("11101", "2022-03-17"), caseRow("11102", "2022-03-17")]))));
    const dueColumn = fake.table(TABLE.cases).headers().indexOf(dueHeader);
    const [own, general] = fake.bodyCells(TABLE.cases).map((row) => row[dueColumn]);
    if (!own || !general) throw new Error("no 期限 cells");
    own.numberFormat = "d-mmm-yy";
    general.numberFormat = "General";
    unwrap(await store.update(writeAll(changes([caseRow("11101", "2022-03-18"), caseRow("11102", "2022-03-18")]))));
    // the user's own date format stays; a cell showing no date gets the 日期顯示 one, so it never shows 44638
    expect(fake.bodyCells(TABLE.cases).map((row) => [row[dueColumn]?.value, row[dueColumn]?.numberFormat])).toEqual([
      [44638, "d-mmm-yy"],
      [44638, DATE_FORMAT],
    ]);
  });
});
