// One store update that also hands back the workbook as it is after the write, computed in memory by
// applyChanges (the reference the stores are tested against), so the pane need not read the whole
// workbook again after each action: one Excel round trip fewer per action.
import { ok, type Result } from "../domain";
import { applyChanges } from "../workbook/mergeChanges";
import { isEmptyChange, type Planned, type WorkbookData, type WorkbookStore } from "../workbook/model";

/** What an action decided, and the workbook after it. */
export interface Applied<T> {
  readonly result: T;
  readonly data: WorkbookData;
  /** false when the action changed nothing (nothing was written) */
  readonly wrote: boolean;
}

export type Plan<T> = (data: WorkbookData) => Result<Planned<T>>;

/**
 * Runs `plan` through `store.update` and returns its result with the data after the changes. A change the
 * stores would refuse (a bad division, a setting out of range) fails here, before anything is written.
 */
export async function updateAndKeep<T>(store: WorkbookStore, plan: Plan<T>): Promise<Result<Applied<T>>> {
  return store.update<Applied<T>>((data) => {
    const planned = plan(data);
    if (!planned.ok) return planned;
    const { changes, result } = planned.value;
    if (isEmptyChange(changes)) return ok({ changes, result: { result, data, wrote: false } });
    const after = applyChanges(data, changes);
    if (!after.ok) return after;
    return ok({ changes, result: { result, data: after.value, wrote: true } });
  });
}
