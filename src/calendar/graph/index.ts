// The Graph adapter of the reminders: the SDK client, calendars, the tagged-event listing and the batched executor.
export { GraphCalendarGateway, type GraphGatewayOptions } from "./gateway";
export { BearerTokenHandler, createGraphClient, GRAPH_BASE_URL, splitBaseUrl, TokenUnavailableError, type GraphClientOptions, type GetToken } from "./client";
export { MAX_BATCH_SIZE, type BatchStats } from "./batch";
export { RequestMeter, type MeteredRequest, type MeterTotals } from "./meter";
export { DEFAULT_RETRY_POLICY, GraphRequestError, retryAfterMs, type RetryPolicy } from "./retry";
export { REMINDER_PROPERTY_ID, WORKBOOK_PROPERTY_ID } from "./tags";
// The calendar core's interface and outcomes, re-exported for callers that wire this adapter.
export { type CalendarChoice, type CalendarGateway, type CalendarInfo, type ExecuteResult, type ReminderOutcome } from "../gateway";
