// The catalogue: every problem worded in both languages, the zh-TW wording free of Latin-only prose and
// the English free of Chinese beyond the quoted input and the sheet's own names; where rendered as a prefix.
import { CATALOGUE, problem, renderProblem, renderWhere, type ProblemCode } from "../../src/problems";
import { fail, failureMessage } from "../../src/domain";
import { chineseIn } from "../support/language";

/** Sample parameters for every code: strings get "X", numbers 3, lists ["A", "B"]. */
const sample = new Proxy({}, { get: (_t, key) => (key === "names" || key === "flags" || key === "others" || key === "allowed" || key === "done" || key === "columns" || key === "tables" ? ["A", "B"] : key === "text" || key === "zone" || key === "reason" ? "X" : typeof key === "string" && /month|year|days|files|expected|got|min|max|rocYear|count|position|rows|seconds/.test(key) ? 3 : "X") });

// ROC dates the date codes show as data (a sample parameter rendered in its 民國 form).
const SAMPLE_DATES = /民國111年3月17日|111年3月17日/gu;

/** Codes whose parameters are not plain strings, numbers or lists. */
const OVERRIDES: Partial<Record<ProblemCode, object>> = {
  "minutes.readerReason": { reason: { kind: "nulByte", byte: 3 } },
  "minutes.fileUnreadable": { file: "X", reason: { kind: "controlCharacter", line: 2, code: "0001" } },
  "reminders.graphFailed": { doing: "read", reason: { kind: "status", status: 503, code: "X" } },
  "reminders.listingUntrusted": { doing: "read", reason: { kind: "pageWithoutValue", path: "/me/events", got: "null" } },
  "reminders.calendarsFailed": { reason: { kind: "noAnswer", detail: "X" } },
  "minutes.xmlInvalid": { fault: { line: 2, reason: { kind: "afterRoot" } } },
  "parser.nothingFound": { sections: ["A", "B"] },
  "parser.meetingDateInvalid": { cause: { code: "date.isoFormat", params: { text: "X" } } },
  "parser.itemNoCaseId": { order: 3, cause: { code: "caseId.itemOutOfRange", params: { item: 100, max: 99 } } },
  "caseId.invalid": { text: "X", reason: { kind: "tooShort" } },
  "deadline.unresolvable": { wording: "X", reason: { kind: "noSuchDay", year: 2022, month: 2, days: 28 } },
  "workbook.registryInvalid": { cause: { code: "division.aliasBlank", params: { name: "X" } } },
  "proposal.notDivisionsCase": { caseId: "X", lead: ["A"], supporting: ["B"], division: "X" },
  "cell.invalid": { place: { table: "X", row: 3, key: { caseId: "X" }, header: "X" }, reason: { kind: "notDate", value: "X" } },
  "report.entriesUnreadable": { rows: 2, caseIds: ["A", "B"] },
};

describe("the catalogue", () => {
  const codes = Object.keys(CATALOGUE) as ProblemCode[];

  // A failure from below that has no code yet is shown as written, the same in both languages.
  const AS_WRITTEN: readonly ProblemCode[] = ["parser.failure"];

  test.each(codes.filter((code) => !AS_WRITTEN.includes(code)))("%s reads in zh-TW with Chinese and in English without", (code) => {
    const found = problem(code, (OVERRIDES[code] ?? sample) as never);
    const zh = renderProblem(found, "zh-TW");
    const en = renderProblem(found, "en");
    expect(zh).toMatch(/[\u4e00-\u9fff]/u);
    expect(chineseIn(en.replace(SAMPLE_DATES, ""))).toBe("");
    expect(en).not.toBe(zh);
  });
});

describe("where", () => {
  test.each([
    [{ line: 12 }, "第 12 行", "line 12"],
    [{ file: "a.txt", line: 2 }, "a.txt，第 2 行", "a.txt, line 2"],
    [{ cell: "列管案件!C7" }, "列管案件!C7", "列管案件!C7"],
    [{ caseId: "10902" }, "列管案號 10902", "case 10902"],
    [{ field: "--as-of" }, "--as-of", "--as-of"],
  ])("%j", (where, zh, en) => {
    expect(renderWhere(where, "zh-TW")).toBe(zh);
    expect(renderWhere(where, "en")).toBe(en);
  });

  test("a located problem leads with its place", () => {
    const found = problem("date.monthOutOfRange", { text: "2022-13-45", month: 13 }, { field: "--as-of" });
    expect(renderProblem(found, "zh-TW")).toBe("--as-of：日期「2022-13-45」不存在：月份須為 1–12");
    expect(renderProblem(found, "en")).toBe("--as-of: the date “2022-13-45” does not exist: the month must be 1–12, not 13");
  });
});

describe("failures carry their problem", () => {
  test("fail(problem) keeps the zh-TW message in error and renders in the reader's language", () => {
    const failure = fail(problem("case.notFound", { caseId: "10902" }));
    expect(failure.error).toBe("找不到列管案號 10902：請先重新整理案件清單");
    expect(failureMessage(failure, "en")).toBe("there is no case 10902: refresh the list of cases first");
  });

  test("a failure still made from a string is shown as written", () => {
    expect(failureMessage(fail("舊訊息"), "en")).toBe("舊訊息");
  });
});
