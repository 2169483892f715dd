// The tracking workbook, declared once: sheets, tables, columns (zh-TW headers, kinds, formats, widths),
// formulas, validation lists and conditional formats. Both stores and every test read this declaration.
import { COLLECTIVE_ASSIGNEES, COMPUTED_LABELS, OWNER_SEPARATORS, TRACKING_LABELS, TRACKING_STATUSES } from "../domain";
import { sameNumberFormat } from "./numberFormat";

/** How a column's cells are written and read. */
export type ColumnKind =
  | "text" // a string, written as literal text (a leading = + - @ is never a formula)
  | "integer" // a whole number, or empty
  | "date" // an Excel date serial without time, or empty; IsoDate in code
  | "datetime" // a date-time serial on the clock of 設定's 時區, or empty; an ISO instant (UTC) in code
  | "list" // text restricted to `values` (data validation)
  | "formula"; // computed by Excel; never written by the stores except as the column formula

export interface ColumnSpec {
  /** stable name in code; never shown */
  readonly key: string;
  /** the header in the sheet (zh-TW); how stores find the column, whatever its position */
  readonly header: string;
  readonly kind: ColumnKind;
  /** column width in characters */
  readonly width: number;
  /** Excel number format; text columns use "@" so typed ids like 09903 stay text */
  readonly numberFormat: string;
  /** allowed values for "list" columns (the validation list) */
  readonly values?: readonly string[];
  /** for "list" columns whose values come from another table's column instead, e.g. 組室[組室名稱] */
  readonly valuesFrom?: { readonly table: string; readonly column: string };
  /** the formula of a "formula" column, in the stored form Excel and LibreOffice both read */
  readonly formula?: string;
  /** a value the add-in requires in every row (the key, for example) */
  readonly required?: boolean;
  /** long text wrapped in its cell (案由, 辦理情形), top-aligned so a row reads from its first line */
  readonly wrap?: boolean;
  /** a list of units in one cell (主辦組室, 協辦組室: 總務組、文書組): means the list it names (cellRules.sameMeaning) */
  readonly names?: boolean;
}

export interface TableSpec {
  /** stable name in code */
  readonly key: TableKey;
  /** Excel table name (also the sheet name) */
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
  /** the column rows are matched by (co-authors sort and filter: never by position) */
  readonly keyColumn: string | null;
  /** what the table is for, shown in the README and as the sheet's note */
  readonly purpose: string;
}

export type TableKey = "meetings" | "cases" | "history" | "divisions" | "settings" | "overview";

export const DATE_FORMAT = "yyyy-mm-dd";
/**
 * Dates shown in the ROC calendar (民國), for the 日期顯示 setting 民國: 2022-03-17 shows as 111/03/17.
 * `[$-40404]` is the legacy locale tag xxyyzzzz with calendar yy = 04 and LCID zzzz = 0404 (zh-TW);
 * Microsoft's Win32 "Calendar Identifiers" page lists 4 as CAL_TAIWAN ("Taiwan calendar"), and the
 * OpenXML ST_CalendarType order (none, gregorian, gregorianUs, japan, taiwan, …) agrees. `e` is the
 * year of the era (MS-OSHARED's Taiwanese date formats use e年M月d日). Verified with LibreOffice 7.4
 * (xlsx written by exceljs, soffice --convert-to csv): `[$-40404]e/mm/dd` shows 111/03/17 and
 * `[$-40404]"民國"e"年"m"月"d"日"` shows 民國111年3月17日, while `[$-zh-TW]…` (a locale name, Excel 365 only)
 * is not read at all (the serial 44637 shows) and `[$-404]…`/`[$-30404]…` (calendar 03 = Japanese era)
 * show 2022/03/17. Not checked in Excel itself here.
 */
export const ROC_DATE_FORMAT = "[$-40404]e/mm/dd";
/**
 * Date-times (匯入時間, 記錄時間, 提醒同步時間) to the minute, in the workbook's local time: the date as the
 * date columns show it, then hh:mm (mm after hh is minutes). LibreOffice shows a serial written with
 * these as 2026-12-05 08:56 and 115/12/05 08:56 (test/workbook/timestamps.test.ts converts to HTML).
 */
export const DATETIME_FORMAT = "yyyy-mm-dd hh:mm";
export const ROC_DATETIME_FORMAT = "[$-40404]e/mm/dd hh:mm";
export const TEXT_FORMAT = "@";
export const INTEGER_FORMAT = "0";
export const GENERAL_FORMAT = "General";

const text = (key: string, header: string, width: number, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header,
  kind: "text",
  width,
  numberFormat: TEXT_FORMAT,
  ...extra,
});
const integer = (key: string, header: string, width: number, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header,
  kind: "integer",
  width,
  numberFormat: INTEGER_FORMAT,
  ...extra,
});
const date = (key: string, header: string): ColumnSpec => ({ key, header, kind: "date", width: 12, numberFormat: DATE_FORMAT });
const datetime = (key: string, header: string): ColumnSpec => ({ key, header, kind: "datetime", width: 17, numberFormat: DATETIME_FORMAT });

/** A structured reference to another column of the same row, in the stored form (not the [@x] shorthand). */
export const thisRow = (table: string, header: string): string => `${table}[[#This Row],[${header}]]`;

export const TABLE = {
  meetings: "會議",
  cases: "列管案件",
  history: "辦理歷程",
  divisions: "組室",
  settings: "設定",
  overview: "組室總覽",
} as const;

/** Tracking status as written in the sheet (列管中 …), in the order of the validation list. */
export const TRACKING_VALUES: readonly string[] = TRACKING_STATUSES.map((s) => TRACKING_LABELS[s]);

/** What happened to a case, one history row each. */
export const HISTORY_EVENTS = {
  created: "新增列管",
  placeholder: "補建案件",
  progress: "辦理情形",
  continued: "賡續列管",
  closed: "解除列管",
  "self-tracked": "自行列管",
  "deadline-moved": "期限變更",
  reopened: "恢復列管",
  "reminder-recreated": "提醒重建",
  // a division's 填報 for meeting 會議次別: 【組室】擬辦：…；辦理情形：… (src/workbook/proposals.ts reads it back)
  proposal: "填報",
} as const;
export type HistoryEvent = keyof typeof HISTORY_EVENTS;

const casesRef = (header: string) => thisRow(TABLE.cases, header);
const CLOSED = `OR(${casesRef("追蹤狀態")}="${TRACKING_LABELS.closed}",${casesRef("追蹤狀態")}="${TRACKING_LABELS["self-tracked"]}")`;
const AS_OF = `${TABLE.settings}[基準日]`;
const DUE_SOON = `${TABLE.settings}[即將到期天數]`;

/**
 * 狀態, mirroring computeStatus (src/domain/status.ts) rule for rule: closed first, then no deadline,
 * overdue when the deadline is before the as-of date, due soon through dueSoonDays days ahead.
 */
export const STATUS_FORMULA =
  `=IF(${CLOSED},"${COMPUTED_LABELS.closed}",` +
  `IF(${casesRef("期限")}="","${COMPUTED_LABELS["no-deadline"]}",` +
  `IF(${casesRef("期限")}<${AS_OF},"${COMPUTED_LABELS.overdue}",` +
  `IF(${casesRef("期限")}-${AS_OF}<=${DUE_SOON},"${COMPUTED_LABELS["due-soon"]}","${COMPUTED_LABELS["on-track"]}"))))`;

/** 逾期天數: days past the deadline while overdue, else empty (not 0: a closed or undated case is not "0 days late"). */
export const DAYS_OVERDUE_FORMULA = `=IF(${casesRef("狀態")}="${COMPUTED_LABELS.overdue}",${AS_OF}-${casesRef("期限")},"")`;

/**
 * A case's owners as one text, every separator the domain reads (OWNER_SEPARATORS) turned into 、 and
 * the whole wrapped in 、, so FIND("、總務組、") matches a whole name, never part of 總務組組長室.
 */
const OWNERS_KEY = `"、"&${OWNER_SEPARATORS.filter((sep) => sep !== "、").reduce(
  (key, sep) => `SUBSTITUTE(${key},"${sep}","、")`,
  `${TABLE.cases}[主辦組室]&"、"&${TABLE.cases}[協辦組室]`,
)}&"、"`;
const hasOwner = (name: string) => `ISNUMBER(FIND(${name},${OWNERS_KEY}))`;
const OVERVIEW_DIVISION = thisRow(TABLE.overview, "組室");

/**
 * The cases that belong to this row's division, mirroring caseDivisions (src/domain/caseMembership.ts):
 * it leads or supports them, or, when it is in the 組室 registry, they are assigned to all divisions
 * (各組室 …). A unit outside the registry counts under its own name only.
 */
const BELONGS = `((${hasOwner(`"、"&${OVERVIEW_DIVISION}&"、"`)}+(COUNTIF(${TABLE.divisions}[組室名稱],${OVERVIEW_DIVISION})>0)*(${COLLECTIVE_ASSIGNEES.map((word) => hasOwner(`"、${word}、"`)).join("+")}))>0)`;

/** 組室總覽's counts: the cases that belong to the row's division and whose 狀態 passes the test. */
const overviewCount = (statusTest: string) => `=SUMPRODUCT(${BELONGS}*(${TABLE.cases}[狀態]${statusTest}))`;
/** 執行情形統計 in 組室總覽 (as computeStatistics, src/report/statistics.ts): the division's cases by 追蹤狀態. */
const trackingCount = (label: string) => `=SUMPRODUCT(${BELONGS}*(${TABLE.cases}[追蹤狀態]="${label}"))`;
const TRACKED = `SUMPRODUCT(${BELONGS}*1)`;
const RELEASED = `SUMPRODUCT(${BELONGS}*((${TABLE.cases}[追蹤狀態]="${TRACKING_LABELS.closed}")+(${TABLE.cases}[追蹤狀態]="${TRACKING_LABELS["self-tracked"]}")))`;
/**
 * 結案率: (解除列管 + 自行列管) ÷ the division's cases, empty without cases (the report prints —). Counted
 * again rather than read from the row's other columns, so a user may delete any of those columns.
 */
const CLOSURE_RATE_FORMULA = `=IF(${TRACKED}=0,"",${RELEASED}/${TRACKED})`;

export const SCHEMA: readonly TableSpec[] = [
  {
    key: "meetings",
    name: TABLE.meetings,
    keyColumn: "number",
    purpose: "每次會議一列：次別、日期、時間、地點、主席、紀錄與來源檔雜湊。",
    columns: [
      integer("number", "會議次別", 10, { required: true }),
      text("organization", "機關", 18),
      text("name", "會議名稱", 12),
      date("date", "日期"),
      text("startTime", "開始時間", 9),
      text("endTime", "結束時間", 9),
      text("location", "地點", 14),
      text("chair", "主席", 10),
      text("recorder", "紀錄", 10),
      text("attendees", "出席", 16),
      text("sourceHash", "來源雜湊", 20),
      datetime("importedAt", "匯入時間"),
    ],
  },
  {
    key: "cases",
    name: TABLE.cases,
    keyColumn: "caseId",
    purpose: "每個列管案件一列，以列管案號為鍵；狀態與逾期天數為公式，依設定的基準日計算；提醒欄位記錄最近一次行事曆同步。",
    columns: [
      text("caseId", "列管案號", 10, { required: true }),
      integer("meeting", "會議次別", 9),
      {
        key: "lead",
        header: "主辦組室",
        kind: "list",
        width: 16,
        numberFormat: TEXT_FORMAT,
        valuesFrom: { table: TABLE.divisions, column: "組室名稱" },
        names: true,
      },
      text("supporting", "協辦組室", 16, { names: true }),
      text("text", "案由", 48, { wrap: true }),
      date("dueDate", "期限"),
      text("dueText", "期限原文", 14),
      { key: "tracking", header: "追蹤狀態", kind: "list", width: 10, numberFormat: TEXT_FORMAT, values: TRACKING_VALUES, required: true },
      integer("closedBy", "解除列管會議", 12),
      date("closedOn", "解除日期"),
      integer("lastRuling", "最後裁示會議", 12),
      text("progress", "最新辦理情形", 36, { wrap: true }),
      text("note", "備註", 16),
      { key: "status", header: "狀態", kind: "formula", width: 10, numberFormat: GENERAL_FORMAT, formula: STATUS_FORMULA },
      { key: "daysOverdue", header: "逾期天數", kind: "formula", width: 9, numberFormat: INTEGER_FORMAT, formula: DAYS_OVERDUE_FORMULA },
      // What the last reminder sync recorded (src/calendar/sync): kept last, as the sync's bookkeeping.
      text("reminderEventId", "提醒事件ID", 20),
      text("reminderHash", "提醒雜湊", 18),
      datetime("reminderSyncedAt", "提醒同步時間"),
      text("reminderError", "提醒錯誤", 24),
    ],
  },
  {
    key: "history",
    name: TABLE.history,
    keyColumn: null,
    purpose: "辦理歷程：每次變更一列，只增不刪（新增列管、辦理情形、賡續或解除列管、期限變更）。",
    columns: [
      text("caseId", "列管案號", 10, { required: true }),
      integer("meeting", "會議次別", 9),
      date("date", "日期"),
      { key: "event", header: "事件", kind: "list", width: 10, numberFormat: TEXT_FORMAT, values: Object.values(HISTORY_EVENTS), required: true },
      text("detail", "內容", 48, { wrap: true }),
      text("by", "記錄者", 12),
      datetime("at", "記錄時間"),
    ],
  },
  {
    key: "divisions",
    name: TABLE.divisions,
    keyColumn: "name",
    purpose: "組室登錄表：正式名稱、別名（以「、」分隔）與聯絡信箱；匯入時以此辨識會議紀錄中的組室。",
    columns: [text("name", "組室名稱", 24, { required: true }), text("aliases", "別名", 24), text("email", "聯絡信箱", 28)],
  },
  {
    key: "settings",
    name: TABLE.settings,
    keyColumn: null,
    purpose: "設定（一列）：基準日（預設 =TODAY()）、即將到期天數、提醒提前天數、時區、日期顯示（西元或民國），以及提醒同步用的活頁簿識別碼與行事曆。",
    columns: [
      date("asOf", "基準日"),
      integer("dueSoonDays", "即將到期天數", 12),
      integer("reminderLeadDays", "提醒提前天數", 12),
      text("timeZone", "時區", 14),
      { key: "dateDisplay", header: "日期顯示", kind: "list", width: 10, numberFormat: TEXT_FORMAT, values: ["西元", "民國"] },
      // A GUID made at the first reminder sync: reminders are tagged with it, so they survive renaming the file.
      text("workbookKey", "活頁簿識別碼", 38),
      // The calendar the 提醒事件ID column refers to (its Graph id) and its name, for the next sync's default.
      text("reminderCalendar", "提醒行事曆", 16),
      text("reminderCalendarId", "提醒行事曆ID", 20),
    ],
  },
  {
    key: "overview",
    name: TABLE.overview,
    keyColumn: "division",
    purpose: "組室總覽：各組室的未結案、逾期、即將到期與已結案件數，以及執行情形統計（列管案件數、列管中、賡續、解除、自行列管、結案率），皆為公式；主辦、協辦與交辦各組室的案件都算，不在登錄表的單位以其名稱計。",
    columns: [
      text("division", "組室", 24, { required: true }),
      { key: "open", header: "未結案", kind: "formula", width: 8, numberFormat: INTEGER_FORMAT, formula: overviewCount(`<>"${COMPUTED_LABELS.closed}"`) },
      { key: "overdue", header: "逾期", kind: "formula", width: 8, numberFormat: INTEGER_FORMAT, formula: overviewCount(`="${COMPUTED_LABELS.overdue}"`) },
      { key: "dueSoon", header: "即將到期", kind: "formula", width: 9, numberFormat: INTEGER_FORMAT, formula: overviewCount(`="${COMPUTED_LABELS["due-soon"]}"`) },
      { key: "closed", header: "已結案", kind: "formula", width: 8, numberFormat: INTEGER_FORMAT, formula: overviewCount(`="${COMPUTED_LABELS.closed}"`) },
      // 執行情形統計, kept current by the workbook. The median days open is not a column: it needs an
      // array formula (MEDIAN(IF(…)) over a lookup of each case's meeting date) that Excel 2016/2019 only
      // evaluate entered with Ctrl+Shift+Enter; the report and the 總覽 tab compute it instead.
      { key: "tracked", header: "列管案件數", kind: "formula", width: 10, numberFormat: INTEGER_FORMAT, formula: `=${TRACKED}` },
      { key: "trackingOpen", header: "列管中", kind: "formula", width: 8, numberFormat: INTEGER_FORMAT, formula: trackingCount(TRACKING_LABELS.open) },
      { key: "continued", header: "賡續列管", kind: "formula", width: 9, numberFormat: INTEGER_FORMAT, formula: trackingCount(TRACKING_LABELS.continued) },
      { key: "released", header: "解除列管", kind: "formula", width: 9, numberFormat: INTEGER_FORMAT, formula: trackingCount(TRACKING_LABELS.closed) },
      { key: "selfTracked", header: "自行列管", kind: "formula", width: 9, numberFormat: INTEGER_FORMAT, formula: trackingCount(TRACKING_LABELS["self-tracked"]) },
      { key: "closureRate", header: "結案率", kind: "formula", width: 8, numberFormat: "0.0%", formula: CLOSURE_RATE_FORMULA },
    ],
  },
];

/** Row colours by 狀態: overdue red, due soon amber, closed grey (fill, font). */
export const STATUS_STYLES: Readonly<Record<string, { readonly fill: string; readonly font: string }>> = {
  [COMPUTED_LABELS.overdue]: { fill: "#FDE7E9", font: "#A4262C" },
  [COMPUTED_LABELS["due-soon"]]: { fill: "#FFF4CE", font: "#8A5300" },
  [COMPUTED_LABELS.closed]: { fill: "#F3F2F1", font: "#797775" },
};

export const TABLE_STYLE = "TableStyleMedium2";

/**
 * The workbook's font: 微軟正黑體 (Microsoft JhengHei), Windows' Traditional Chinese UI font, named by
 * its English name as Excel stores it; LibreOffice, lacking it, substitutes a CJK font (Noto Sans CJK).
 * `charset` 136 is Big5 (Chinese Traditional) in the font record, which guides that substitution.
 */
export const WORKBOOK_FONT = { name: "Microsoft JhengHei", size: 11, charset: 136 } as const;

/** Default settings row: as-of date today (a formula, so the sheet stays right tomorrow). */
export const DEFAULT_SETTINGS = {
  asOf: "=TODAY()",
  dueSoonDays: 7,
  reminderLeadDays: 3,
  timeZone: "Asia/Taipei",
  dateDisplay: "西元",
  workbookKey: "",
  reminderCalendar: "會議列管",
  reminderCalendarId: "",
} as const;

/** The 設定 日期顯示 values: Gregorian (西元) or ROC (民國) dates. */
export type DateDisplay = "西元" | "民國";

/**
 * The number format of date cells for the 日期顯示 setting. Both stores format the date cells and date
 * columns they write with it, so a change of the setting takes effect at the add-in's next write
 * (cells it does not write keep their format until then).
 */
export function dateFormatFor(display: DateDisplay): string {
  return display === "民國" ? ROC_DATE_FORMAT : DATE_FORMAT;
}

/** The number format of date-time cells for the 日期顯示 setting (see dateFormatFor). */
export function dateTimeFormatFor(display: DateDisplay): string {
  return display === "民國" ? ROC_DATETIME_FORMAT : DATETIME_FORMAT;
}

/** True for the date and date-time formats the schema writes (a user's own date format is left alone). */
export function isSchemaDateFormat(code: string | undefined): boolean {
  return [DATE_FORMAT, ROC_DATE_FORMAT, DATETIME_FORMAT, ROC_DATETIME_FORMAT].some((schemaFormat) => sameNumberFormat(code, schemaFormat));
}

/** A column's number format under the 日期顯示 setting: the date (date-time) format for date (date-time) columns. */
export function columnFormat(column: ColumnSpec, display: DateDisplay): string {
  if (column.kind === "datetime") return dateTimeFormatFor(display);
  return column.kind === "date" ? dateFormatFor(display) : column.numberFormat;
}

export function tableSpec(key: TableKey): TableSpec {
  const spec = SCHEMA.find((t) => t.key === key);
  if (!spec) throw new Error(`schema has no table ${key}`);
  return spec;
}

export function columnSpec(table: TableKey, key: string): ColumnSpec {
  const column = tableSpec(table).columns.find((c) => c.key === key);
  if (!column) throw new Error(`schema table ${table} has no column ${key}`);
  return column;
}
