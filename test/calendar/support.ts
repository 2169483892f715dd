// Cases from the sample minutes (第 110 and 111 次處務會議) for the reminder tests.
import ICAL from "ical.js";
import { type IsoDate, type TrackingStatus } from "../../src/domain";
import { emptyCase, type CaseRow } from "../../src/workbook/model";
import { iso } from "../domain/support";

export { iso };

export const WORKBOOK = "wb-secretariat";

/** 第 110 次 on 2022-03-17, 第 111 次 on 2022-04-21. */
export const MEETING_DATES: ReadonlyMap<number, IsoDate> = new Map([
  [110, iso("2022-03-17")],
  [111, iso("2022-04-21")],
]);

/** 11002 總務組 (第 110 次), given the deadline 5 月底前 → 2022-05-31 and continued at the 111th. */
export const CASE_11002: CaseRow = {
  ...emptyCase("11002"),
  meeting: 110,
  lead: ["總務組"],
  text: "總務組因應宿舍結構補強所規劃之短期借用方案，請注意單房間職務宿舍現住者及候配者權益平衡及後續相關執行細節等事宜，以昭公允。",
  dueDate: iso("2022-05-31"),
  dueText: "5月底前",
  tracking: "continued",
  lastRuling: 111,
};

/** 11003 (第 110 次), closed at the 111th. */
export const CASE_11003: CaseRow = {
  ...emptyCase("11003"),
  meeting: 110,
  lead: ["文書組"],
  text: "因應本府開放文件格式推廣計畫，請各組依文書組提示內容配合辦理，以提高資料開放應用比率。",
  dueDate: iso("2022-04-30"),
  dueText: "4月底前",
  tracking: "closed",
  closedBy: 111,
  closedOn: iso("2022-04-21"),
};

/** 11005, 改由機要組自行列管 at the 111th. */
export const CASE_11005: CaseRow = { ...emptyCase("11005"), meeting: 110, lead: ["機要組"], text: "請機要組研議公文線上簽核比率提升措施。", tracking: "self-tracked" };

/** 11101 人事室, 1個月內 from 2022-04-21 → 2022-05-21. */
export const CASE_11101: CaseRow = {
  ...emptyCase("11101"),
  meeting: 111,
  lead: ["人事室"],
  text: "修正通過，請人事室於1個月內完成發布，並副知各組室。",
  dueDate: iso("2022-05-21"),
  dueText: "1個月內",
};

/** 11102 國際事務組 with 媒體事務組, 10日內 → 2022-05-01. */
export const CASE_11102: CaseRow = {
  ...emptyCase("11102"),
  meeting: 111,
  lead: ["國際事務組"],
  supporting: ["媒體事務組"],
  text: "請國務組會同媒事組，於10日內研擬本年度姊妹市交流活動宣傳規劃。",
  dueDate: iso("2022-05-01"),
  dueText: "10日內",
};

/** 11001 公管中心, no deadline in the minutes. */
export const CASE_11001: CaseRow = {
  ...emptyCase("11001"),
  meeting: 110,
  lead: ["市政大樓公共事務管理中心"],
  text: "請公管中心進行市政大樓 1 樓北區為民服務綜合櫃檯工程履約管理時，應就東側牆壁防水工項部分加強注意並妥為處理。",
};

export const SAMPLE_CASES: readonly CaseRow[] = [CASE_11001, CASE_11002, CASE_11003, CASE_11005, CASE_11101, CASE_11102];

export function withTracking(c: CaseRow, tracking: TrackingStatus): CaseRow {
  return { ...c, tracking };
}

/** An .ics text parsed back with ical.js into its VCALENDAR (ICAL.parse is typed `any`). */
export function parseIcs(text: string): ICAL.Component {
  const jcal: unknown = ICAL.parse(text);
  if (!Array.isArray(jcal)) throw new Error("expected one VCALENDAR");
  return new ICAL.Component(jcal);
}
