// The calendar core's CalendarGateway over Microsoft Graph (or the local Graph test server): calendars,
// the tagged listing, lookups by id and the batched executor. Request counting is the caller's: pass a
// RequestMeter in and read it around a run (the bench, the CLI and the pane do).
import { type CalendarChoice, type CalendarGateway, type CalendarInfo, type EventLookup, type ExecuteOptions, type ExecuteResult } from "../gateway";
import { type ExistingEvent, type ReminderOps } from "../types";
import { findOrCreateCalendar, getCalendar, listCalendars } from "./calendars";
import { createGraphClient, GRAPH_BASE_URL, type GetToken } from "./client";
import { type GraphContext } from "./context";
import { executeOps } from "./execute";
import { listTaggedEvents, lookupEvents, LIST_PAGE_SIZE } from "./listEvents";
import { type RequestMeter } from "./meter";
import { DEFAULT_RETRY_POLICY, GraphRequestError, type RetryPolicy } from "./retry";

export interface GraphGatewayOptions {
  /** default `https://graph.microsoft.com/v1.0` */
  readonly baseUrl?: string;
  /** the silent token path: must never open a window (throw SignInRequiredError instead) */
  readonly getToken: GetToken;
  readonly retry?: Partial<RetryPolicy>;
  /** ms since the epoch (Retry-After dates); default Date.now */
  readonly now?: () => number;
  /** default crypto.randomUUID */
  readonly newTransactionId?: () => string;
  /** per request, default 60 s */
  readonly timeoutMs?: number;
  readonly pageSize?: number;
  /** counts every request this gateway sends, for whoever made it */
  readonly meter?: RequestMeter;
}

/** The CalendarGateway over Microsoft Graph. */
export class GraphCalendarGateway implements CalendarGateway {
  private readonly ctx: GraphContext;

  constructor(private readonly options: GraphGatewayOptions) {
    const baseUrl = options.baseUrl ?? GRAPH_BASE_URL;
    const client = createGraphClient({
      baseUrl,
      getToken: options.getToken,
      ...(options.meter === undefined ? {} : { meter: options.meter }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    this.ctx = { client, baseUrl, retry: { ...DEFAULT_RETRY_POLICY, ...options.retry }, now: options.now ?? Date.now };
  }

  listCalendars(): Promise<CalendarInfo[]> {
    return listCalendars(this.ctx);
  }

  async resolveCalendar(choice: CalendarChoice): Promise<CalendarInfo & { readonly created: boolean }> {
    if ("name" in choice) return findOrCreateCalendar(this.ctx, choice.name);
    const found = await getCalendar(this.ctx, choice.id);
    if (found === undefined) throw new GraphRequestError({ kind: "calendarNotFound", id: choice.id }, 404, "ErrorItemNotFound");
    return { ...found, created: false };
  }

  listEvents(calendarId: string, workbookKey: string): Promise<ExistingEvent[]> {
    return listTaggedEvents(this.ctx, calendarId, workbookKey, this.options.pageSize ?? LIST_PAGE_SIZE);
  }

  lookupEvents(calendarId: string, eventIds: readonly string[]): Promise<Map<string, EventLookup>> {
    return lookupEvents(this.ctx, calendarId, eventIds);
  }

  execute(ops: ReminderOps, options: ExecuteOptions): Promise<ExecuteResult> {
    return executeOps(this.ctx, ops, {
      ...options,
      ...(this.options.newTransactionId === undefined ? {} : { newTransactionId: this.options.newTransactionId }),
    });
  }
}
