// The e2e harness itself, independent of the pane's UI: the built page is served, each host mode routes
// office.js as intended, and the fake Excel host keeps its workbook across a reload.
import type { PaneSession } from "./support/browser";
import { usePaneFixture } from "./support/fixture";

jest.setTimeout(60_000);

const fixture = usePaneFixture();

function open(host: "excel" | "offline" | "browser"): Promise<PaneSession> {
  return fixture.open({ host });
}

test("the server serves the built page and 404s what is not there", async () => {
  const page = await fetch(`${fixture.url()}taskpane.html`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect((await fetch(`${fixture.url()}nothing.js`)).status).toBe(404);
  expect((await fetch(`${fixture.url()}..%2Fpackage.json`)).status).toBe(404);
});

test("offline: office.js fails to load and nothing else leaves the machine", async () => {
  const { page, errors, refused } = await open("offline");
  expect(await page.evaluate(() => typeof window.Office)).toBe("undefined");
  expect(errors).toEqual([]);
  expect(refused).toEqual([]);
});

test("in a browser with Office.js: onReady reports no host", async () => {
  const { page, errors } = await open("browser");
  expect(await page.evaluate(async () => (await Office.onReady()).host)).toBeNull();
  expect(errors).toEqual([]);
});

test("fake Excel: onReady says Excel on the web with ExcelApi 1.8 and sheet views, in zh-TW", async () => {
  const { page, errors } = await open("excel");
  const probe = await page.evaluate(async () => {
    const info = await Office.onReady();
    const supported = (set: string, version: string) => Office.context.requirements.isSetSupported(set, version);
    return {
      host: info.host,
      platform: info.platform,
      language: Office.context.displayLanguage,
      api18: supported("ExcelApi", "1.8"),
      api19: supported("ExcelApi", "1.9"),
      views: supported("ExcelApiOnline", "1.1"),
    };
  });
  expect(probe).toEqual({ host: "Excel", platform: "OfficeOnline", language: "zh-TW", api18: true, api19: false, views: true });
  expect(errors).toEqual([]);
});

test("fake Excel: what Excel.run writes is still there after a reload", async () => {
  const { page, errors } = await open("excel");
  await page.evaluate(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("試算");
      const range = sheet.getRangeByIndexes(0, 0, 2, 2);
      range.values = [["列管案號", "主辦組室"], ["11002", "總務組"]];
      context.workbook.tables.add(range, true).name = "試算表";
      await context.sync();
    }),
  );
  await page.reload();
  const read = await page.evaluate(() =>
    Excel.run(async (context) => {
      const body = context.workbook.tables.getItem("試算表").getDataBodyRange().load("values");
      await context.sync();
      return body.values;
    }),
  );
  expect(read).toEqual([[11002, "總務組"]]); // Excel parses "11002" typed as a value into a number
  expect(await page.evaluate(() => window.__fakeExcel?.tableNames())).toEqual(["試算表"]);
  expect(errors).toEqual([]);
});
