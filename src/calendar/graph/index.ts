// The Graph adapter of the reminders: the SDK client, calendars, the tagged-event listing and the batched executor.
export { GraphCalendarGateway, type CalendarChoice, type CalendarGateway, type GraphGatewayOptions } from "./gateway";
export { type CalendarInfo } from "./calendars";
export { BearerTokenHandler, createGraphClient, GRAPH_BASE_URL, splitBaseUrl, type GraphClientOptions, type GetToken } from "./client";
export { type ExecuteResult, type ReminderOutcome } from "./execute";
export { MAX_BATCH_SIZE, type BatchStats } from "./batch";
export { RequestMeter, type MeteredRequest, type MeterTotals } from "./meter";
export { DEFAULT_RETRY_POLICY, GraphRequestError, type RetryPolicy } from "./retry";
export { REMINDER_PROPERTY_ID, WORKBOOK_PROPERTY_ID } from "./tags";
