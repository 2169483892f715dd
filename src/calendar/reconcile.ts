// Reconciles desired reminders with the sheet's records and the calendar's tagged events into the writes to make.
import { driftOf } from "./drift";
import {
  type DeleteReason,
  type DesiredEvent,
  type ExistingEvent,
  type RecordedEvent,
  type ReleaseReason,
  type ReminderOps,
} from "./types";

export interface ReconcileOptions {
  /**
   * Only tagged events under `workbookKey/` are this workbook's: another workbook's reminders in the
   * same calendar are never deleted as orphans.
   */
  readonly workbookKey: string;
  /** why each case in the sheet has no reminder (from `releasedCases`); any other unwanted event is an orphan */
  readonly released?: ReadonlyMap<string, ReleaseReason>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

// Newest first, then by id, so the same listing always keeps the same duplicate.
function keeperOrder(a: ExistingEvent, b: ExistingEvent): number {
  const byTime = (b.lastModified ?? "").localeCompare(a.lastModified ?? "");
  return byTime !== 0 ? byTime : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function groupByCaseKey(existing: readonly ExistingEvent[]): Map<string, ExistingEvent[]> {
  const groups = new Map<string, ExistingEvent[]>();
  for (const event of existing) {
    const group = groups.get(event.caseKey);
    if (group === undefined) groups.set(event.caseKey, [event]);
    else group.push(event);
  }
  return groups;
}

/** True when the operations write anything to the calendar (a resync with nothing changed writes nothing). */
export function hasWrites(ops: ReminderOps): boolean {
  return ops.create.length + ops.update.length + ops.delete.length > 0;
}

/**
 * Decides the calendar writes. For each desired event, with `recorded` the sheet's (event id, hash) and
 * `existing` the calendar's events tagged with our extended property:
 *
 * 1. recorded, its event present, same hash → unchanged; different hash → update.
 * 2. recorded, its event gone, no other tagged event for the case → create again, listed in `recreated`
 *    (the user deleted it in Outlook; the history says so).
 * 3. not recorded (or recorded under an id that is gone) but a tagged event exists → adopt it, never
 *    create a duplicate: update it, or leave it when the event carries the same hash; listed in `adopted`
 *    so the executor records its id.
 * 4. not recorded, nothing tagged → create.
 * 5. two or more tagged events for one case → keep the recorded one, else the most recently modified;
 *    delete the rest as `duplicate`.
 * 6. a tagged event of this workbook whose case wants no reminder → delete, reason `closed` or
 *    `no-deadline` from `options.released`, else `orphan` (the case is gone from the sheet).
 * 7. `existing` null (the calendar was not listed, e.g. an offline plan): trust `recorded`; recorded
 *    events of released cases are deleted, unknown events are never touched, and a recorded id is
 *    updated in place (a 404 then is the executor's to turn into a create).
 * 8. recorded for a case that wants no reminder, its event already gone → `forgotten`: clear the record.
 * 9. unchanged by hash, but the listed event's own fields differ from the desired ones (moved, renamed,
 *    reminder off in Outlook: see {@link driftOf}) → update, listed in `corrected`.
 *
 * A second run after a successful sync, with nothing changed, gives only `unchanged`.
 *
 * @example
 * // 11002 總務組: its deadline moved from 2022-05-31 to 2022-06-30 in the sheet
 * reconcile([moved11002], new Map([["wb/11002", { eventId: "AAMk1", hash: "old" }]]),
 *   [{ id: "AAMk1", caseKey: "wb/11002" }], { workbookKey: "wb" })
 * //=> { update: [{ eventId: "AAMk1", desired: moved11002 }], create: [], delete: [], unchanged: [], … }
 */
export function reconcile(
  desired: readonly DesiredEvent[],
  recorded: ReadonlyMap<string, RecordedEvent>,
  existing: readonly ExistingEvent[] | null,
  options: ReconcileOptions,
): ReminderOps {
  const ops: Mutable<ReminderOps> = { create: [], update: [], delete: [], unchanged: [], recreated: [], adopted: [], forgotten: [], corrected: [] };
  // Same hash, but the event no longer says it (an Outlook edit): write it again, counted as corrected.
  const sameOrCorrect = (eventId: string, d: DesiredEvent, observed: ExistingEvent["observed"]) => {
    if (driftOf(d, observed).length === 0) {
      ops.unchanged.push(d.caseKey);
    } else {
      ops.update.push({ eventId, desired: d });
      ops.corrected.push(d.caseKey);
    }
  };
  const groups = groupByCaseKey(existing ?? []);
  const wanted = new Set<string>();

  for (const d of desired) {
    if (wanted.has(d.caseKey)) continue;
    wanted.add(d.caseKey);
    const record = recorded.get(d.caseKey);

    if (existing === null) {
      if (record === undefined) ops.create.push(d);
      else if (record.hash === d.hash) ops.unchanged.push(d.caseKey);
      else ops.update.push({ eventId: record.eventId, desired: d });
      continue;
    }

    const events = [...(groups.get(d.caseKey) ?? [])].sort(keeperOrder);
    const keeper = events.find((e) => e.id === record?.eventId) ?? events[0];
    for (const extra of events) {
      if (extra !== keeper) ops.delete.push({ eventId: extra.id, caseKey: d.caseKey, reason: "duplicate" });
    }

    if (keeper === undefined) {
      ops.create.push(d);
      if (record !== undefined) ops.recreated.push(d.caseKey);
    } else if (record !== undefined && keeper.id === record.eventId) {
      if (record.hash === d.hash) sameOrCorrect(keeper.id, d, keeper.observed);
      else ops.update.push({ eventId: keeper.id, desired: d });
    } else {
      ops.adopted.push({ caseKey: d.caseKey, eventId: keeper.id });
      if (keeper.hash === d.hash) sameOrCorrect(keeper.id, d, keeper.observed);
      else ops.update.push({ eventId: keeper.id, desired: d });
    }
  }

  const reasonFor = (caseKey: string): DeleteReason => options.released?.get(caseKey) ?? "orphan";
  const prefix = `${options.workbookKey}/`;
  if (existing === null) {
    for (const [caseKey, record] of recorded) {
      if (!wanted.has(caseKey)) ops.delete.push({ eventId: record.eventId, caseKey, reason: reasonFor(caseKey) });
    }
    return ops;
  }
  for (const event of existing) {
    if (!wanted.has(event.caseKey) && event.caseKey.startsWith(prefix)) {
      ops.delete.push({ eventId: event.id, caseKey: event.caseKey, reason: reasonFor(event.caseKey) });
    }
  }
  for (const caseKey of recorded.keys()) {
    if (!wanted.has(caseKey) && !groups.has(caseKey)) ops.forgotten.push(caseKey);
  }
  return ops;
}
