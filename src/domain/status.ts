// Status rules for a tracked case (逾期 / 即將到期 / 進行中 / 無期限 / 已結案); Excel formulas mirror them exactly.

import { problem } from "../problems";
import { daysBetween, type IsoDate } from "./isoDate";
import { toHalfWidth } from "./numerals";
import { fail, ok, type Result } from "./result";

/** What the meetings decided: 列管中, 賡續列管, 解除列管, 自行列管. */
export type TrackingStatus = "open" | "continued" | "closed" | "self-tracked";

/** What the sheet shows on a given as-of date. */
export type ComputedStatus = "overdue" | "due-soon" | "on-track" | "no-deadline" | "closed";

/** Every tracking status, in the order a case usually moves through them (for lists and validation). */
export const TRACKING_STATUSES: readonly TrackingStatus[] = Object.freeze([
  "open",
  "continued",
  "closed",
  "self-tracked",
]);

/** Every computed status, most urgent first. */
export const COMPUTED_STATUSES: readonly ComputedStatus[] = Object.freeze([
  "overdue",
  "due-soon",
  "on-track",
  "no-deadline",
  "closed",
]);

/** User settings that change the computed status. */
export interface StatusSettings {
  /** A case due within this many days (today included) is 即將到期; a non-negative integer. */
  readonly dueSoonDays: number;
}

/** The parts of a case the status depends on. */
export interface StatusInput {
  readonly tracking: TrackingStatus;
  readonly dueDate: IsoDate | null;
}

/** A computed status and, when overdue, by how many calendar days (0 otherwise). */
export interface StatusResult {
  readonly status: ComputedStatus;
  readonly daysOverdue: number;
}

/** 即將到期 means due within 7 days unless the 設定 table says otherwise. */
export const DEFAULT_STATUS_SETTINGS: StatusSettings = Object.freeze({ dueSoonDays: 7 });

/**
 * True for statuses that take a case off the meeting's list: 解除列管 and 自行列管.
 *
 * @example
 * isClosedTracking("self-tracked") //=> true   (自行列管 counts as closed for the meeting)
 * isClosedTracking("continued")    //=> false  (列管案號 9904、10502 及 10803 賡續列管)
 */
export function isClosedTracking(t: TrackingStatus): boolean {
  return t === "closed" || t === "self-tracked";
}

// Quotes a settings cell in a message; objects are named by type, never as "[object Object]".
function quoteCell(raw: unknown): string {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  return raw === null ? "null" : typeof raw;
}

function isValidDueSoonDays(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/**
 * Validates settings read from the workbook's 設定 table. A missing `dueSoonDays` takes the default
 * (7); a number or a string of (half- or full-width) digits is accepted.
 *
 * @returns the settings, or an error quoting the rejected value.
 * @example
 * statusSettings({ dueSoonDays: "１４" }) //=> ok({ dueSoonDays: 14 })
 * statusSettings({ dueSoonDays: -1 })   //=> fail("即將到期天數「-1」不正確：應為 0 以上的整數")
 */
export function statusSettings(input: { readonly dueSoonDays?: unknown }): Result<StatusSettings> {
  const raw = input.dueSoonDays;
  if (raw === undefined) return ok(DEFAULT_STATUS_SETTINGS);
  let value: number | undefined;
  if (typeof raw === "number") {
    value = raw;
  } else if (typeof raw === "string") {
    const text = toHalfWidth(raw).trim();
    value = /^[0-9]+$/.test(text) ? Number(text) : undefined;
  }
  if (value === undefined || !isValidDueSoonDays(value)) {
    return fail(problem("status.dueSoonDaysInvalid", { value: quoteCell(raw) }));
  }
  return ok({ dueSoonDays: value });
}

/**
 * Computes a case's status on the as-of date. These rules are the specification the workbook's
 * formulas copy, in this order:
 *
 * 1. tracking `closed` (解除列管) or `self-tracked` (自行列管) → `closed`, daysOverdue 0, even when it
 *    was closed after its deadline.
 * 2. no due date → `no-deadline`, daysOverdue 0.
 * 3. daysLeft = dueDate − asOf in calendar days.
 * 4. daysLeft < 0 → `overdue`, daysOverdue = −daysLeft.
 * 5. 0 ≤ daysLeft ≤ dueSoonDays → `due-soon` (due today is due soon, not overdue), daysOverdue 0.
 * 6. otherwise → `on-track`, daysOverdue 0.
 *
 * `open` and `continued` (賡續列管) are treated alike.
 *
 * @throws RangeError when `settings.dueSoonDays` is not a non-negative integer: settings must come
 * through {@link statusSettings}, so a bad value here is a bug, not user input.
 * @example
 * // 請總務組於 5 月底前完成 → due 2022-05-31
 * computeStatus({ tracking: "open", dueDate: "2022-05-31" as IsoDate }, "2022-06-02" as IsoDate)
 * //=> { status: "overdue", daysOverdue: 2 }
 */
export function computeStatus(
  c: StatusInput,
  asOf: IsoDate,
  settings: StatusSettings = DEFAULT_STATUS_SETTINGS,
): StatusResult {
  if (!isValidDueSoonDays(settings.dueSoonDays)) {
    throw new RangeError(`computeStatus: dueSoonDays must be a non-negative integer, got ${settings.dueSoonDays}`);
  }
  if (isClosedTracking(c.tracking)) return { status: "closed", daysOverdue: 0 };
  if (c.dueDate === null) return { status: "no-deadline", daysOverdue: 0 };
  const daysLeft = daysBetween(asOf, c.dueDate);
  if (daysLeft < 0) return { status: "overdue", daysOverdue: -daysLeft };
  if (daysLeft <= settings.dueSoonDays) return { status: "due-soon", daysOverdue: 0 };
  return { status: "on-track", daysOverdue: 0 };
}
