// Shapes shared by the Graph test server: stored calendars and events, and one routed request/response.

/** Graph's dateTimeTimeZone: a wall-clock time and the zone it is in (Windows or IANA name). */
export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

export interface ItemBody {
  contentType: "text" | "html";
  content: string;
}

/** One single-value extended property, id like `String {GUID} Name caseKey`. */
export interface ExtendedProperty {
  id: string;
  value: string;
}

export interface Attendee {
  emailAddress: { address: string; name?: string };
  type: "required" | "optional" | "resource";
}

/** An event as the server keeps it; start and end are stored as sent (zone included). */
export interface StoredEvent {
  id: string;
  calendarId: string;
  subject: string;
  body: ItemBody;
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  isAllDay: boolean;
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  categories: string[];
  attendees: Attendee[];
  singleValueExtendedProperties: ExtendedProperty[];
  transactionId?: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  changeKey: string;
}

export interface StoredCalendar {
  id: string;
  name: string;
  changeKey: string;
  isDefaultCalendar: boolean;
}

/** One request as the router sees it, whether it came over HTTP or inside a `$batch`. */
export interface RouteRequest {
  method: string;
  /** Path after the version segment, starting with `/`, e.g. `/me/events/AAMk…`. */
  path: string;
  query: URLSearchParams;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
}

export interface RouteResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}
