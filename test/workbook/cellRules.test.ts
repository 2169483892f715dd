// The store layer's one set of cell rules: meaning equality, text dates repaired, the keep-the-user's-cells rule,
// row keys from the schema, and the typed column keys tied to the schema.
import {
  cellsToWrite,
  dateSerial,
  repairedDate,
  rowKey,
  sameMeaning,
  SETTINGS_KEY,
} from "../../src/workbook/cellRules";
import { caseToCells, type ColumnKey, type CellValue, type TableColumns } from "../../src/workbook/cells";
import { isoToSerial } from "../../src/workbook/excelDate";
import { emptyCase } from "../../src/workbook/model";
import { columnSpec, tableSpec, type TableKey } from "../../src/workbook/schema";

const MAY_31 = isoToSerial("2022-05-31" as never);

describe("sameMeaning: a cell is written only when its meaning changes", () => {
  const lead = columnSpec("cases", "lead");
  const supporting = columnSpec("cases", "supporting");
  const text = columnSpec("cases", "text");
  const due = columnSpec("cases", "dueDate");
  const meeting = columnSpec("cases", "meeting");
  const asOf = columnSpec("settings", "asOf");
  test.each<[string, ReturnType<typeof columnSpec>, CellValue, CellValue, boolean]>([
    ["spaces around a division", lead, " 總務組", "總務組", true],
    ["another division", lead, "總務組", "文書組", false],
    ["empty and blank text", lead, null, "  ", true],
    ["a list typed with commas and the codec's 、", lead, "總務組,文書組", "總務組、文書組", true],
    ["a list typed with full-width commas and spaces", supporting, "資訊室， 人事室　會計室", "資訊室、人事室、會計室", true],
    ["the same units in another order", supporting, "人事室、資訊室", "資訊室、人事室", false],
    ["a unit added", supporting, "資訊室", "資訊室、人事室", false],
    ["other text columns keep their commas", text, "甲,乙", "甲、乙", false],
    ["a typed ROC date and its serial", due, "111/05/31", MAY_31, true],
    ["a typed Gregorian date and its serial", due, "2022/5/31", MAY_31, true],
    ["a serial with a time part", due, MAY_31 + 0.5, MAY_31, true],
    ["another day", due, MAY_31 + 1, MAY_31, false],
    ["a date and empty", due, MAY_31, null, false],
    ["a number typed as text", meeting, "110", 110, true],
    ["=TODAY() kept", asOf, "=TODAY()", "=TODAY()", true],
    ["=TODAY() replaced by a date", asOf, "=TODAY()", MAY_31, false],
    ["a date replaced by =TODAY()", asOf, MAY_31, "=TODAY()", false],
  ])("%s", (_name, column, existing, next, same) => expect(sameMeaning(column, existing, next)).toBe(same));
});

describe("repairedDate: a text date in a date column is written back as a real date", () => {
  test.each<[string, ColumnKey<"cases">, CellValue, number | undefined]>([
    ["ROC text in 期限", "dueDate", "111/05/31", MAY_31],
    ["Gregorian text in 解除日期", "closedOn", "2022/5/31", MAY_31],
    ["a serial is already a date", "dueDate", MAY_31, undefined],
    ["text that is not a date is left", "dueDate", "下次會議前", undefined],
    ["a text column is never repaired", "dueText", "111/05/31", undefined],
  ])("%s", (_name, key, existing, serial) => expect(repairedDate(columnSpec("cases", key), existing)).toBe(serial));
  test("dateSerial reads both forms", () => expect([dateSerial("111/05/31"), dateSerial(MAY_31)]).toEqual([MAY_31, MAY_31]));
});

describe("cellsToWrite: the keep-the-user's-cells rule", () => {
  const spec = tableSpec("cases");
  const stored = { ...emptyCase("11002"), lead: ["總務組"], dueDate: "2022-05-31" as never, note: "公文" };
  /** the row as the user has it: spaces in 主辦組室, 期限 typed as text, a HYPERLINK's result in 備註 */
  const sheet: Record<string, CellValue> = { ...caseToCells(stored, "Asia/Taipei"), lead: " 總務組", dueDate: "111/05/31", note: "公文" };

  test("a progress note writes the note and repairs the text date, nothing else", () => {
    const next = caseToCells({ ...stored, progress: "已完成招標" }, "Asia/Taipei");
    expect(Object.fromEntries(cellsToWrite(spec, (k) => sheet[k], next))).toEqual({ progress: "已完成招標", dueDate: MAY_31 });
  });

  test("formula columns and cells the change does not name are never written", () => {
    const writes = cellsToWrite(spec, (k) => sheet[k], { caseId: "11002", status: "逾期", tracking: "解除列管" });
    expect(Object.fromEntries(writes)).toEqual({ tracking: "解除列管" });
  });

  test("a list the user typed with commas is kept when the case names the same units", () => {
    const typed: Record<string, CellValue> = { ...sheet, dueDate: MAY_31, supporting: "文書組, 資訊室" };
    const both = { ...stored, supporting: ["文書組", "資訊室"] };
    expect(cellsToWrite(spec, (k) => typed[k], caseToCells(both, "Asia/Taipei")).size).toBe(0);
    const moved = caseToCells({ ...both, supporting: ["文書組"] }, "Asia/Taipei");
    expect(Object.fromEntries(cellsToWrite(spec, (k) => typed[k], moved))).toEqual({ supporting: "文書組" });
  });

  test("nothing changes, nothing is written (a row without a text date)", () => {
    const clean: Record<string, CellValue> = { ...sheet, dueDate: MAY_31 };
    expect(cellsToWrite(spec, (k) => clean[k], caseToCells(stored, "Asia/Taipei")).size).toBe(0);
  });
});

describe("rowKey: the key column comes from the schema", () => {
  test.each<[TableKey, Record<string, CellValue>, string | undefined]>([
    ["meetings", { number: 110 }, "110"],
    ["cases", { caseId: " 11002 " }, "11002"],
    ["divisions", { name: "總務組" }, "總務組"],
    ["overview", { division: "文書組" }, "文書組"],
    ["settings", {}, SETTINGS_KEY],
    ["history", { caseId: "11002" }, undefined],
    ["cases", { caseId: "" }, undefined],
  ])("%s %j → %s", (table, cells, key) => expect(rowKey(tableSpec(table), cells)).toBe(key));
});

describe("typed column keys are exactly the schema's", () => {
  // Each record must name every key of its table's type and no other (a compile error otherwise); the
  // test then checks the schema declares the same keys, so code and schema cannot drift apart.
  const keys: { [T in keyof TableColumns]: Record<ColumnKey<T>, true> } = {
    meetings: {
      number: true,
      organization: true,
      name: true,
      date: true,
      startTime: true,
      endTime: true,
      location: true,
      chair: true,
      recorder: true,
      attendees: true,
      sourceHash: true,
      importedAt: true,
    },
    cases: {
      caseId: true,
      meeting: true,
      lead: true,
      supporting: true,
      text: true,
      dueDate: true,
      dueText: true,
      tracking: true,
      closedBy: true,
      closedOn: true,
      lastRuling: true,
      progress: true,
      note: true,
      status: true,
      daysOverdue: true,
      reminderEventId: true,
      reminderHash: true,
      reminderSyncedAt: true,
      reminderError: true,
    },
    history: { caseId: true, meeting: true, date: true, event: true, detail: true, by: true, at: true },
    divisions: { name: true, aliases: true, email: true },
    settings: {
      asOf: true,
      dueSoonDays: true,
      reminderLeadDays: true,
      timeZone: true,
      dateDisplay: true,
      workbookKey: true,
      reminderCalendar: true,
      reminderCalendarId: true,
    },
    overview: { division: true, open: true, overdue: true, dueSoon: true, closed: true, tracked: true, trackingOpen: true, continued: true, released: true, selfTracked: true, closureRate: true },
  };
  test.each(Object.keys(keys) as (keyof TableColumns)[])("%s", (table) => {
    expect(tableSpec(table).columns.map((c) => c.key).sort()).toEqual(Object.keys(keys[table]).sort());
  });
});
