// Which host the pane runs in, decided from what Office.onReady reports.
import { detectHost, REQUIRED_EXCEL_API, type HostProbe } from "../../src/taskpane/host";
import { describeHostKind } from "../../src/taskpane/hostText";
import { zhTW } from "../../src/taskpane/i18n/zhTW";

const supports = (minimum: string) => (set: string, version: string) =>
  set === "ExcelApi" && Number(version) <= Number(minimum);

describe("detectHost", () => {
  test.each<[string, HostProbe, ReturnType<typeof detectHost>]>([
    ["no Office.js (plain browser, offline)", { officeLoaded: false, host: null }, { kind: "standalone", reason: "no-office-js" }],
    ["Office.js outside Office", { officeLoaded: true, host: null }, { kind: "standalone", reason: "not-in-office" }],
    ["Word", { officeLoaded: true, host: "Word", isSetSupported: () => true }, { kind: "standalone", reason: "other-host", host: "Word" }],
    ["Excel with ExcelApi 1.8", { officeLoaded: true, host: "Excel", isSetSupported: supports("1.8") }, { kind: "excel" }],
    ["Excel with only ExcelApi 1.7", { officeLoaded: true, host: "Excel", isSetSupported: supports("1.7") }, { kind: "excel-too-old", required: "ExcelApi 1.8" }],
    ["Excel that cannot say", { officeLoaded: true, host: "Excel" }, { kind: "excel-too-old", required: "ExcelApi 1.8" }],
  ])("%s", (_name, probe, expected) => {
    expect(detectHost(probe)).toEqual(expected);
  });

  test("asks for the requirement set the manifest declares", () => {
    const asked: string[] = [];
    detectHost({ officeLoaded: true, host: "Excel", isSetSupported: (set, version) => (asked.push(`${set} ${version}`), true) });
    expect(asked).toEqual([`${REQUIRED_EXCEL_API.set} ${REQUIRED_EXCEL_API.version}`]);
  });
});

describe("describeHostKind", () => {
  test.each<[ReturnType<typeof detectHost>, string]>([
    [{ kind: "excel" }, "已連接 Excel"],
    [{ kind: "excel-too-old", required: "ExcelApi 1.8" }, "此 Excel 版本不支援 ExcelApi 1.8，請更新 Office 或改用網頁版 Excel。"],
    [{ kind: "standalone", reason: "no-office-js" }, "獨立模式：資料存在此瀏覽器中"],
    [{ kind: "standalone", reason: "other-host", host: "Word" }, "獨立模式：資料存在此瀏覽器中"],
  ])("%j", (host, text) => {
    expect(describeHostKind(host, zhTW)).toBe(text);
  });
});
