// The Graph test server's public face: start it, program its faults, inspect its mailbox.
export { startGraphServer, type GraphServer, type GraphServerOptions, type GraphServerStats, type LogEntry } from "./server";
export { type DropFault, type Fault, type FaultMatch, type FaultScope, type RandomFaults, type StatusFault, FaultInjector } from "./faults";
export { MAX_BATCH_REQUESTS } from "./batch";
export { type Mailbox } from "./mailbox";
export { type EventInput } from "./eventInput";
export type { Attendee, DateTimeTimeZone, ExtendedProperty, ItemBody, StoredCalendar, StoredEvent } from "./types";
export { createSdkClient, BearerTokenHandler, type SdkClientOptions } from "./sdkClient";
