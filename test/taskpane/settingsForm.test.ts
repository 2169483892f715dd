// The 設定 tab's form: registry rows to divisions (with the registry's rules), day counts, and a patch
// holding only what changed.
import { DEFAULT_DIVISIONS } from "../../src/domain";
import { divisionsChanged, divisionsFromDrafts, draftsFrom, isEmptyPatch, parseDays, settingsPatch, type DivisionDraft } from "../../src/taskpane/tabs/settings/settingsForm";

const row = (name: string, aliases = "", email = ""): DivisionDraft => ({ name, aliases, email });

describe("divisions", () => {
  test("the registry round-trips through the rows", () => {
    const drafts = draftsFrom(DEFAULT_DIVISIONS);
    expect(drafts.find((x) => x.name === "媒體事務組")?.aliases).toBe("媒事組、媒體組");
    const back = divisionsFromDrafts(drafts);
    expect(back.ok && back.value).toEqual(DEFAULT_DIVISIONS);
    expect(back.ok && divisionsChanged(DEFAULT_DIVISIONS, back.value)).toBe(false);
  });

  test.each<[string, DivisionDraft[], unknown]>([
    ["trims, splits aliases, keeps e-mail", [row(" 總務組 ", "總務, 總務科", " a@b.tw ")], [{ name: "總務組", aliases: ["總務", "總務科"], email: "a@b.tw" }]],
    ["drops blank rows", [row(""), row("資訊室"), row(" ", " ", " ")], [{ name: "資訊室", aliases: [] }]],
  ])("%s", (_name, drafts, expected) => {
    expect(divisionsFromDrafts(drafts)).toEqual({ ok: true, value: expected });
  });

  test.each<[string, DivisionDraft[], string]>([
    ["a row with aliases but no name", [row("資訊室"), row("", "資訊")], "empty-name"],
    ["a bad e-mail", [row("資訊室", "", "not-mail")], "bad-email"],
    ["a name twice", [row("資訊室"), row("資訊室")], "registry"],
    ["an alias of two divisions", [row("資訊室", "資訊"), row("資訊中心", "資訊")], "registry"],
  ])("refuses %s", (_name, drafts, kind) => {
    const result = divisionsFromDrafts(drafts);
    expect(result.ok ? null : result.problem.kind).toBe(kind);
  });

  test("divisionsChanged", () => {
    expect(divisionsChanged([{ name: "A", aliases: [] }], [{ name: "A", aliases: [], email: "" }])).toBe(false);
    expect(divisionsChanged([{ name: "A", aliases: [] }], [{ name: "A", aliases: ["a"] }])).toBe(true);
    expect(divisionsChanged([{ name: "A", aliases: [] }], [{ name: "A", aliases: [] }, { name: "B", aliases: [] }])).toBe(true);
  });
});

describe("parseDays", () => {
  test.each<[string, number | null]>([
    ["7", 7],
    [" 14 ", 14],
    ["１４", 14],
    ["0", 0],
    ["-1", null],
    ["1.5", null],
    ["", null],
    ["七", null],
  ])("%j", (text, expected) => {
    const result = parseDays("dueSoonDays", text);
    expect(result.ok ? result.value : null).toBe(expected);
    if (!result.ok) expect(result.problem).toEqual({ kind: "bad-days", field: "dueSoonDays", text });
  });
});

describe("settingsPatch", () => {
  const before: { dueSoonDays: number; reminderLeadDays: number; dateDisplay: "西元" | "民國" } = { dueSoonDays: 7, reminderLeadDays: 3, dateDisplay: "西元" };
  test.each<[string, Partial<typeof before>, boolean, object]>([
    ["nothing changed", {}, false, {}],
    ["one field", { dueSoonDays: 10 }, false, { dueSoonDays: 10 }],
    ["date display and apply to all", { dateDisplay: "民國" }, true, { dateDisplay: "民國", applyDateDisplayToAll: true }],
    ["apply to all alone re-formats with the current display", {}, true, { applyDateDisplayToAll: true }],
  ])("%s", (_name, change, applyAll, expected) => {
    const patch = settingsPatch(before, { ...before, ...change }, applyAll);
    expect(patch).toEqual(expected);
    expect(isEmptyPatch(patch)).toBe(Object.keys(expected).length === 0);
  });
});
