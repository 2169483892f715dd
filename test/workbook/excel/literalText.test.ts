// Text starting with = + - @ or ' is sent with Excel's quote prefix and lands as literal text, in appended
// and updated rows alike (the fake, like Microsoft's reference, turns such a value into a formula).
import { ok } from "../../../src/domain";
import { literalText, needsQuotePrefix } from "../../../src/workbook/excel";
import { emptyCase, type CaseRow } from "../../../src/workbook/model";
import { TABLE } from "../../../src/workbook/schema";
import { unwrap } from "../../domain/support";
import { fakeStore, writeAll } from "./support/scenario";

const TRICKY = ["=1+1", "=HYPERLINK(\"http://x\")", "+886-2-2720-8889", "-待補", "@總務組", "'引號", "==", "-"];

const base: CaseRow = { ...emptyCase("11001"), meeting: 110, lead: ["總務組"], text: "案由" };

describe("literalText", () => {
  test.each([
    ["=1+1", "'=1+1"],
    ["+886", "'+886"],
    ["-待補", "'-待補"],
    ["@總務組", "'@總務組"],
    ["'引號", "''引號"],
    ["總務組", "總務組"],
    ["", ""],
    ["1=1", "1=1"],
  ])("%s is sent as %s", (text, sent) => {
    expect(literalText(text)).toBe(sent);
    expect(needsQuotePrefix(text)).toBe(sent !== text);
  });
});

describe("through the store", () => {
  const { fake, store } = fakeStore();
  const cases = TRICKY.map((text, i) => ({ ...base, caseId: `1100${i + 1}`, text, progress: text, dueText: text }));

  test("appended rows carry the quote prefix and read back as the text itself", async () => {
    unwrap(await store.update(writeAll({ meetings: [], cases, history: [] })));
    const sentTexts = fake.sent
      .filter((w) => w.sheet === TABLE.cases && w.property === "values")
      .flatMap((w) => (w.value as unknown[][]).flatMap((row) => row))
      .filter((v) => typeof v === "string");
    for (const text of TRICKY) expect(sentTexts).toContain(`'${text}`);
    for (const row of fake.bodyCells(TABLE.cases)) expect(row.filter((cell) => cell?.formula !== undefined)).toHaveLength(2); // 狀態 and 逾期天數 only
    const read = unwrap(await store.read());
    expect(read.cases.map((c) => [c.text, c.progress, c.dueText])).toEqual(TRICKY.map((t) => [t.trim(), t.trim(), t.trim()]));
  });

  test("an updated cell carries it too", async () => {
    fake.resetLog();
    const changed = { ...cases[0], caseId: "11001", progress: "=SUM(A1:A9)" } as CaseRow;
    unwrap(await store.update(() => ok({ changes: { meetings: [], cases: [changed], history: [] }, result: null })));
    const write = fake.sent.find((w) => w.property === "values");
    expect(write?.value).toEqual([["'=SUM(A1:A9)"]]);
    const read = unwrap(await store.read());
    expect(read.cases[0]?.progress).toBe("=SUM(A1:A9)");
  });
});

describe("why the prefix is needed (the fake's reading of Microsoft's reference)", () => {
  test("=1+1 sent without it becomes a formula even in a Text-formatted cell; with it, text", async () => {
    const { fake, store } = fakeStore();
    unwrap(await store.update(writeAll({ meetings: [], cases: [base], history: [] })));
    fake.type(TABLE.cases, 0, "案由", "=1+1");
    expect(fake.bodyCells(TABLE.cases)[0]?.[4]).toMatchObject({ formula: "=1+1", numberFormat: "@" });
    fake.type(TABLE.cases, 0, "案由", literalText("=1+1"));
    expect(fake.bodyCells(TABLE.cases)[0]?.[4]).toEqual({ value: "=1+1", numberFormat: "@", quotePrefix: true });
  });
});
