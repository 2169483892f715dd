import { computeStatus } from "../../src/domain";
import { buildReport, casesToReport, defaultReportMeeting, latestEntries, parseProposalLabel, PROPOSAL_LABELS, type ReportModel } from "../../src/report";
import { caseRow, cases, d, entry, input, meetings } from "./fixtures";

const asOf = d("2022-05-01");

function report(...args: Parameters<typeof buildReport>): ReportModel {
  const built = buildReport(...args);
  if (!built.ok) throw new Error(built.error);
  return built.value;
}

describe("which cases meeting N hears about", () => {
  it.each([
    // [meeting, case ids in order]
    [112, ["9904", "10904", "11002", "11005", "11101", "11104"]],
    [111, ["9904", "11001", "11002"]],
  ])("meeting %d: still tracked from earlier meetings, and released at N−1", (meeting, expected) => {
    expect(casesToReport(cases, meeting).map((c) => c.row.caseId)).toEqual(expected);
  });

  it("orders by meeting then item, not by text (9904 before 10904)", () => {
    expect(casesToReport(cases, 112)[0]?.row.caseId).toBe("9904");
  });

  it.each([
    [meetings, cases, 112],
    [[], [caseRow("10502")], 106],
  ] as const)("the default meeting is the next after the latest", (ms, cs, expected) => {
    expect(defaultReportMeeting(ms, cs)).toEqual({ ok: true, value: expected });
  });

  it("an empty workbook has no default meeting and says what to do", () => {
    const result = defaultReportMeeting([], []);
    expect(result.ok).toBe(false);
    // one wording for the pane and the CLI: "give a meeting number" (the 會議次別 field, or --meeting)
    if (!result.ok) expect(result.problem?.code).toBe("report.nothingYet");
  });
});

describe("entries: the latest of a case, division and meeting counts", () => {
  it("a later entry replaces an earlier one; another meeting's entry is ignored", () => {
    const first = entry("11101", "文書組", { progress: "初稿", at: "2022-04-28T10:00:00+08:00" });
    const second = entry("11101", "文書組", { progress: "定稿", at: "2022-04-29T10:00:00+08:00" });
    const other = entry("11101", "文書組", { meeting: 111, progress: "上次的" });
    const latest = latestEntries([second, first, other], 112);
    expect(latest.get("11101")?.map((e) => e.progress)).toEqual(["定稿"]);
  });

  it.each([
    ["建議解除列管", "close"],
    ["建議 賡續列管", "continue"],
    ["self-track", "self-track"],
    ["解除列管", undefined],
  ])("reads the proposal %s", (text, kind) => {
    expect(parseProposalLabel(text)).toBe(kind);
  });
});

describe("the report rows", () => {
  const entries = [
    entry("11101", "文書組", { proposal: "continue", proposedDue: d("2022-06-30") }),
    entry("11002", "總務組", { proposal: "close" }),
    entry("9904", "人事室", { proposal: "self-track" }),
  ];
  const model = report(input(entries), { asOf, dueSoonDays: 7 });

  it("titles the report with the workbook's organization and meeting name", () => {
    expect(model.title).toBe("第 112 次處務會議 上次會議結論事項辦理情形");
    expect(model.organization).toBe("臺北市政府秘書處");
    expect(model.subtitle).toBe("");
  });

  it("lists each division's entry and its proposal, the new deadline in 民國", () => {
    const row = model.rows.find((r) => r.caseId === "11101");
    expect(row?.entries.map((e) => [e.division, e.proposal])).toEqual([["文書組", `${PROPOSAL_LABELS.continue}（新期限 民國111年6月30日）`]]);
    expect(row?.awaiting).toEqual(["資訊室"]);
    expect(row?.unreported).toBe(false);
  });

  it.each([
    // [case id, unreported, status label, due label]
    ["11104", true, "列管中・進行中", "民國111年6月30日（6月底前）"],
    ["11002", false, "賡續列管・即將到期", "民國111年5月6日（5月6日前）"],
    ["11101", false, "列管中・逾期 1 天", "民國111年4月30日（4月底前）"],
    ["10904", false, "第 111 次會議解除列管", "無期限"],
    ["11005", false, "第 111 次會議自行列管", "無期限"],
    ["9904", false, "賡續列管・無期限", "無期限"],
  ])("case %s: 未填報 %s, %s, %s", (caseId, unreported, status, due) => {
    const row = model.rows.find((r) => r.caseId === caseId);
    expect(row?.unreported).toBe(unreported);
    expect(row?.statusLabel).toBe(status);
    expect(row?.dueLabel).toBe(due);
  });

  it("statuses and days overdue are computeStatus's", () => {
    for (const row of model.rows) {
      const source = cases.find((c) => c.caseId === row.caseId);
      if (!source) throw new Error(row.caseId);
      expect({ status: row.status, daysOverdue: row.daysOverdue }).toEqual(computeStatus(source, asOf, { dueSoonDays: 7 }));
    }
  });

  it("counts the cases flagged 未填報", () => {
    expect(model.unreportedCount).toBe(1);
  });
});

describe("a division's own list (權責單位執行一覽表)", () => {
  it("keeps the division's cases, as lead, supporting or through 各組室", () => {
    const model = report(input([entry("11101", "資訊室"), entry("11101", "文書組")]), { asOf, dueSoonDays: 7, division: "資訊室" });
    expect(model.subtitle).toBe("權責單位執行一覽表：資訊室");
    expect(model.rows.map((r) => r.caseId)).toEqual(["9904", "11101"]);
    // the lead's entry is shown beside the division's own
    expect(model.rows[1]?.entries.map((e) => e.division)).toEqual(["文書組", "資訊室"]);
    expect(model.statistics.total.tracked).toBe(2);
  });
});

describe("bad input is refused with a message", () => {
  it.each([
    [{ meeting: 0 }, "會議次別"],
    [{ meeting: 1.5 }, "會議次別"],
    [{ dueSoonDays: -1 }, "即將到期天數"],
    [{ division: "不存在組" }, "不存在組"],
  ])("%j", (extra, words) => {
    const result = buildReport(input(), { asOf, dueSoonDays: 7, ...extra });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(words);
  });
});
