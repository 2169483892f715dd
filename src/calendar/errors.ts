// The failures the reminder sync tells apart, declared by the calendar core so that any calendar
// adapter (Graph today) raises them and the sync handles them without knowing the adapter.

import { calendarReasonText, type CalendarReason } from "../problems/remindersCatalogue";

/**
 * The calendar service refused or failed a request, with its HTTP-like status (0 when no answer came)
 * and the service's error code. `reason` is why, as data the catalogue words in the reader's language
 * (a string is kept as written); `message` is its zh-TW wording. Never carries a token or a header.
 */
export class CalendarServiceError extends Error {
  override readonly name: string = "CalendarServiceError";
  readonly reason: CalendarReason;

  constructor(
    reason: CalendarReason | string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    const typed: CalendarReason = typeof reason === "string" ? { kind: "written", text: reason } : reason;
    super(calendarReasonText(typed, "zh-TW"));
    this.reason = typed;
  }
}

/**
 * The calendar answered a listing it cannot have meant: not a page, no `value` array, or an empty
 * page while the sheet records events that are still there. Acting on it would create every reminder
 * a second time, so the sync writes nothing.
 */
export class MalformedListingError extends CalendarServiceError {
  override readonly name: string = "MalformedListingError";

  constructor(reason: CalendarReason | string) {
    super(reason, 200, "MalformedListing");
  }
}

/**
 * A token can only be had by asking the user (first sign-in, expired session, consent revoked). Raised
 * by the silent token path; the sync stops and says so, and only a click on 「登入」 opens a window.
 */
export class SignInRequiredError extends Error {
  override readonly name: string = "SignInRequiredError";

  constructor(message = "需要登入 Microsoft 365 才能同步：請按「登入」。") {
    super(message);
  }
}
