// The domain commands of the CLI: what they print, and exit 2 with one line for bad input.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { run } from "./support";

describe("date", () => {
  test.each([
    ["民國 111 年 3 月 17 日"],
    ["一百十一年三月十七日"],
    ["111/03/17"],
    ["１１１/０３/１７"],
    ["2022-03-17"],
  ])("%s is 2022-03-17", async (input) => {
    const { code, out } = await run("date", input, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([{ input, date: "2022-03-17", long: "民國111年3月17日", slash: "111/03/17" }]);
  });

  test.each([
    ["111年2月30日", "日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天"],
    // An ISO-shaped date is told what is wrong as ISO, not that 2022 is too long for an ROC year.
    ["2022-13-45", "日期「2022-13-45」不存在：月份須為 1–12"],
    ["2022-02-29", "日期「2022-02-29」不存在：2022 年 2 月只有 28 天"],
    ["明天", "日期「明天」無法辨識：應為西元 2022-03-17，或民國 111/03/17、111年3月17日"],
  ])("%s exits 2 with the reason", async (input, message) => {
    const { code, err, out } = await run("date", input);
    expect({ code, out, err }).toEqual({ code: 2, out: "", err: `${message}\n` });
  });
});

describe("case-id", () => {
  test("sorts by meeting then item", async () => {
    const { out } = await run("case-id", "11001", "10902", "9903", "--json");
    expect(JSON.parse(out)).toEqual([
      { caseId: "9903", meeting: 99, item: 3 },
      { caseId: "10902", meeting: 109, item: 2 },
      { caseId: "11001", meeting: 110, item: 1 },
    ]);
  });

  test("a malformed id exits 2", async () => {
    const { code, err } = await run("case-id", "1X902");
    expect(code).toBe(2);
    expect(err).toContain("列管案號「1X902」");
  });
});

describe("status", () => {
  test.each([
    [["--due", "2022-03-17"], "due-soon", 0],
    [["--due", "111/03/16"], "overdue", 1],
    [["--due", "2022-03-24"], "due-soon", 0],
    [["--due", "2022-03-25"], "on-track", 0],
    [[], "no-deadline", 0],
    [["--due", "2022-01-01", "--tracking", "解除列管"], "closed", 0],
    [["--due", "2022-03-20", "--due-soon-days", "2"], "on-track", 0],
  ])("%j on 2022-03-17 is %s", async (args, status, daysOverdue) => {
    const { code, out } = await run("status", ...args, "--as-of", "2022-03-17", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ status, daysOverdue });
  });

  test.each([
    [["--tracking", "maybe"], "追蹤狀態「maybe」不正確"],
    [["--due-soon-days", "-1"], "即將到期天數「-1」不正確"],
    [["--due", "13月"], "「13月」"],
  ])("%j exits 2", async (args, message) => {
    const { code, err } = await run("status", ...args, "--as-of", "2022-03-17");
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});

describe("divisions", () => {
  test("lists the registry", async () => {
    const { out } = await run("divisions");
    expect(out).toMatch(/^總務組/m);
    expect(out).toContain("國務組");
  });

  test("normalizes aliases and full-width variants", async () => {
    const { out } = await run("divisions", "國務組", "公管中心", "總務組 ", "--json");
    expect(JSON.parse(out)).toEqual([
      { name: "國務組", division: "國際事務組" },
      { name: "公管中心", division: "市政大樓公共事務管理中心" },
      { name: "總務組 ", division: "總務組" },
    ]);
  });

  test("an unknown name exits 2 naming it", async () => {
    const { code, err } = await run("divisions", "火星組");
    expect(code).toBe(2);
    expect(err).toBe("不在組室登錄表：火星組\n");
  });
});

test("an unknown command exits 2 with one line", async () => {
  const { code, err } = await run("bogus");
  expect(code).toBe(2);
  expect(err.trim().split("\n")).toHaveLength(1);
});

test("npm run --silent cli prints exactly one JSON document", () => {
  const root = join(__dirname, "../..");
  const result = spawnSync("npm", ["run", "--silent", "cli", "--", "date", "111/03/17", "--json"], { cwd: root, encoding: "utf8" });
  expect(result.status).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual([{ input: "111/03/17", date: "2022-03-17", long: "民國111年3月17日", slash: "111/03/17" }]);
});
