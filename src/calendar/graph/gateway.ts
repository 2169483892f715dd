// The calendar as the sync sees it: pick the calendar, list this workbook's reminders, carry out the writes.
// The sync depends on the CalendarGateway interface only, so its tests can use a fake and the task pane
// and the CLI the Graph one.
import { type ExistingEvent, type ReminderOps } from "../types";
import { findOrCreateCalendar, getCalendar, listCalendars, type CalendarInfo } from "./calendars";
import { createGraphClient, GRAPH_BASE_URL, type GetToken } from "./client";
import { type GraphContext } from "./context";
import { executeOps, type ExecuteResult } from "./execute";
import { listTaggedEvents, LIST_PAGE_SIZE } from "./listEvents";
import { type MeterTotals, RequestMeter } from "./meter";
import { DEFAULT_RETRY_POLICY, GraphRequestError, type RetryPolicy } from "./retry";

/** Which calendar: the one with this id (the user's pick), or the one with this name, created when missing. */
export type CalendarChoice = { readonly id: string } | { readonly name: string };

export interface CalendarGateway {
  listCalendars(): Promise<CalendarInfo[]>;
  /** @throws GraphRequestError (404 for an id that is not one of the user's calendars) */
  resolveCalendar(choice: CalendarChoice): Promise<CalendarInfo & { readonly created: boolean }>;
  listEvents(calendarId: string, workbookKey: string): Promise<ExistingEvent[]>;
  execute(
    ops: ReminderOps,
    options: { readonly calendarId: string; readonly workbookKey: string; readonly onProgress?: (done: number, total: number) => void },
  ): Promise<ExecuteResult>;
  /** a position in the request count, for `usage` */
  mark(): number;
  /** requests made since `mark` */
  usage(since: number): MeterTotals;
}

export interface GraphGatewayOptions {
  /** default `https://graph.microsoft.com/v1.0` */
  readonly baseUrl?: string;
  readonly getToken: GetToken;
  readonly retry?: Partial<RetryPolicy>;
  /** ms since the epoch (Retry-After dates); default Date.now */
  readonly now?: () => number;
  /** default crypto.randomUUID */
  readonly newTransactionId?: () => string;
  /** per request, default 60 s */
  readonly timeoutMs?: number;
  readonly pageSize?: number;
}

/** The CalendarGateway over Microsoft Graph (or the local Graph test server). */
export class GraphCalendarGateway implements CalendarGateway {
  readonly meter = new RequestMeter();
  private readonly ctx: GraphContext;

  constructor(private readonly options: GraphGatewayOptions) {
    const baseUrl = options.baseUrl ?? GRAPH_BASE_URL;
    const client = createGraphClient({ baseUrl, getToken: options.getToken, meter: this.meter, ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) });
    this.ctx = { client, baseUrl, retry: { ...DEFAULT_RETRY_POLICY, ...options.retry }, now: options.now ?? Date.now };
  }

  listCalendars(): Promise<CalendarInfo[]> {
    return listCalendars(this.ctx);
  }

  async resolveCalendar(choice: CalendarChoice): Promise<CalendarInfo & { readonly created: boolean }> {
    if ("name" in choice) return findOrCreateCalendar(this.ctx, choice.name);
    const found = await getCalendar(this.ctx, choice.id);
    if (found === undefined) throw new GraphRequestError(`the calendar ${choice.id} is not in this mailbox`, 404, "ErrorItemNotFound");
    return { ...found, created: false };
  }

  listEvents(calendarId: string, workbookKey: string): Promise<ExistingEvent[]> {
    return listTaggedEvents(this.ctx, calendarId, workbookKey, this.options.pageSize ?? LIST_PAGE_SIZE);
  }

  execute(ops: ReminderOps, options: { readonly calendarId: string; readonly workbookKey: string; readonly onProgress?: (done: number, total: number) => void }): Promise<ExecuteResult> {
    return executeOps(this.ctx, ops, {
      ...options,
      ...(this.options.newTransactionId === undefined ? {} : { newTransactionId: this.options.newTransactionId }),
    });
  }

  mark(): number {
    return this.meter.mark();
  }

  usage(since: number): MeterTotals {
    return this.meter.totals(since);
  }
}
