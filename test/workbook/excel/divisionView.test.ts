// A chief's view of one division: a named sheet view where the host has them (the shared view is left
// alone), otherwise an explicit choice, and the two fallbacks behind it. Every route shows the cases that
// belong to the division by the domain's membership rule (lead, supporting, 各組/各組室, aliases): in the
// sample, 總務組 leads 11002 and every division is assigned 11003 (各組) and 11007 (各組室、…).
import { belongsTo, divisionLookup } from "../../../src/domain";
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { listSheetName, viewName } from "../../../src/workbook/excel/divisionView";
import { TABLE } from "../../../src/workbook/schema";
import { errorOf, unwrap } from "../../domain/support";
import { ctx, fakeStore, m110 } from "./support/scenario";

const ONLINE = { ExcelApi: "1.8", ExcelApiOnline: "1.1" };

async function workbook(apiSets: Record<string, string>) {
  const setup = fakeStore({ apiSets });
  unwrap(await applyMeeting(setup.store, m110, ctx("2022-03-18T09:00:00+08:00")));
  setup.fake.resetLog();
  return setup;
}

/** The filters the division's sheet view holds. */
const viewFilters = (fake: Awaited<ReturnType<typeof workbook>>["fake"], division: string) => [...(fake.sheet(TABLE.cases)?.views.get(viewName(division)) ?? [])];

describe("where named sheet views exist (ExcelApiOnline 1.1)", () => {
  test("a per-user view filtered to the division's cases is created and activated; the shared view keeps no filter", async () => {
    const { fake, store } = await workbook(ONLINE);
    const before = fake.dump();
    expect(unwrap(await store.showDivision({ division: "總務組" }))).toEqual({ kind: "sheet-view", viewName: "組室-總務組", created: true });
    // the table, the cases and registry, the views, the filter
    expect(fake.syncs).toBe(4);
    const sheet = fake.sheet(TABLE.cases);
    expect(sheet?.activeView).toBe("組室-總務組");
    // led by 總務組, and the cases for 各組 and for 各組室: an OR no one-column filter can say, so by 列管案號
    expect(viewFilters(fake, "總務組")).toEqual([["列管案號", { values: ["11002", "11003", "11007"] }]]);
    expect(fake.table(TABLE.cases).filters.size).toBe(0);
    expect(fake.activeSheet).toBe(TABLE.cases);
    expect(fake.sent).toEqual([]); // no cell was written
    expect(JSON.parse(fake.dump()).tables).toEqual(JSON.parse(before).tables);
  });

  test("asking again switches to the same view and refreshes its cases: one where the division only supports is added", async () => {
    const { fake, store } = await workbook(ONLINE);
    unwrap(await store.showDivision({ division: "總務組" }));
    fake.type(TABLE.cases, 3, "協辦組室", "總務組"); // 11004, led by 國際事務組
    expect(unwrap(await store.showDivision({ division: "總務組" }))).toMatchObject({ created: false });
    expect(fake.sheet(TABLE.cases)?.views.size).toBe(1);
    expect(viewFilters(fake, "總務組")).toEqual([["列管案號", { values: ["11002", "11003", "11004", "11007"] }]]);
  });

  test("the view shows the same cases as the pane's filter (the domain's belongsTo), for every division and an alias", async () => {
    const { fake, store } = await workbook(ONLINE);
    fake.type(TABLE.cases, 0, "協辦組室", "國務組、總務組"); // 11001: an alias and a supporting division
    const data = unwrap(await store.read());
    const lookup = divisionLookup(data.divisions);
    for (const division of [...data.divisions.map((d) => d.name), "國務組", "市政大樓公共事務管理中心"]) {
      unwrap(await store.showDivision({ division }));
      const pane = data.cases.filter((c) => belongsTo(c, division, lookup)).map((c) => c.caseId);
      expect([division, viewFilters(fake, division)]).toEqual([division, [["列管案號", { values: pane }]]]);
    }
    expect(viewFilters(fake, "國務組")).toEqual([["列管案號", { values: ["11001", "11003", "11004", "11007"] }]]);
  });

  test("a 主辦組室 filter an earlier version left in the view is cleared; a division without cases shows none", async () => {
    const { fake, store } = await workbook(ONLINE);
    unwrap(await store.showDivision({ division: "總務組" }));
    fake.sheet(TABLE.cases)?.views.get("組室-總務組")?.set("主辦組室", { criteria1: "=*總務組*" });
    unwrap(await store.showDivision({ division: "總務組" }));
    expect(viewFilters(fake, "總務組").map(([column]) => column)).toEqual(["列管案號"]);
    // a unit no case names and no registry holds: a value no 列管案號 has, so every row is hidden
    unwrap(await store.showDivision({ division: "不存在室" }));
    expect(viewFilters(fake, "不存在室")).toEqual([["列管案號", { values: ["組室-不存在室"] }]]);
  });

  test("a workbook without 列管案件 gets a message, not an error", async () => {
    const { store } = fakeStore({ apiSets: ONLINE });
    expect(errorOf(await store.showDivision({ division: "總務組" }))).toContain("找不到表格「列管案件」");
  });
});

describe("where they do not", () => {
  test("without a chosen fallback the two choices come back, the shared one warned, and Excel is not touched", async () => {
    const { fake, store } = await workbook({ ExcelApi: "1.8" });
    const view = unwrap(await store.showDivision({ division: "總務組" }));
    expect(view).toMatchObject({ kind: "choose" });
    if (view.kind !== "choose") throw new Error("expected a choice");
    expect(view.choices.map((c) => c.fallback)).toEqual(["division-list", "shared-filter"]);
    expect(view.choices[1]?.warning).toContain("所有共同作者");
    expect(fake.syncs).toBe(0);
  });

  test("shared-filter filters the shared table, and says everyone sees it", async () => {
    const { fake, store } = await workbook({ ExcelApi: "1.8" });
    const view = unwrap(await store.showDivision({ division: "總務組", fallback: "shared-filter" }));
    expect(view).toMatchObject({ kind: "shared-filter" });
    if (view.kind === "shared-filter") expect(view.warning).toContain("所有共同作者都會看到");
    expect([...fake.table(TABLE.cases).filters]).toEqual([["列管案號", { values: ["11002", "11003", "11007"] }]]);
  });

  test("division-list writes that division's cases as values on its own sheet, and a refresh replaces them", async () => {
    const { fake, store } = await workbook({ ExcelApi: "1.8" });
    const first = unwrap(await store.showDivision({ division: "總務組", fallback: "division-list", now: "2022-03-20 09:00" }));
    expect(first).toEqual({ kind: "division-list", sheet: "組室清單-總務組", cases: 3 });
    expect(fake.syncs).toBe(3);
    const sheet = fake.sheet("組室清單-總務組");
    const text = (r: number, c: number) => sheet?.cell(r, c)?.value;
    expect(text(0, 0)).toContain("總務組 列管案件 3 案：主辦、協辦及交辦各組室者（2022-03-20 09:00");
    expect([0, 1, 2, 3].map((c) => text(1, c))).toEqual(["列管案號", "主辦組室", "協辦組室", "案由"]);
    // led by 總務組, then the cases for 各組 and 各組室
    expect([2, 3, 4].map((r) => [text(r, 0), text(r, 1)])).toEqual([
      ["11002", "總務組"],
      ["11003", "各組"],
      ["11007", "各組室、市政大樓公共事務管理中心"],
    ]);
    expect(sheet?.cell(2, 0)?.numberFormat).toBe("@");
    expect(sheet?.frozenRows).toBe(2);
    expect(fake.table(TABLE.cases).filters.size).toBe(0);

    fake.type(TABLE.cases, 1, "主辦組室", "文書組"); // 11002 moves to another division
    const second = unwrap(await store.showDivision({ division: "總務組", fallback: "division-list", now: "2022-03-21 09:00" }));
    expect(second).toMatchObject({ cases: 2 });
    expect([2, 3, 4].map((r) => text(r, 0))).toEqual(["11003", "11007", ""]);
  });
});

describe("names", () => {
  test("views and sheets drop characters Excel refuses and stay within 31 characters", () => {
    expect(viewName("總務組")).toBe("組室-總務組");
    expect(listSheetName("資訊室/資安")).toBe("組室清單-資訊室資安");
    expect(listSheetName("市政大樓公共事務管理中心".repeat(3)).length).toBe(31);
  });

});
