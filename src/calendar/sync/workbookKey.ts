// The workbook's reminder key (設定 活頁簿識別碼): made once, saved before anything is tagged with it.
import { fail, ok, type Result } from "../../domain";
import { problem } from "../../problems";
import { NO_CHANGES, type Planned, type WorkbookData, type WorkbookStore } from "../../workbook/model";
import { randomUuid } from "../../support/randomUuid";

export interface WorkbookKey {
  readonly key: string;
  /** true when this call made and saved it */
  readonly created: boolean;
}

/** A new key: a random GUID, so two workbooks (or two copies of a template) never share one by accident. */
export const randomWorkbookKey = (): string => randomUuid();

/**
 * The workbook's key, made and saved in its own store write when 設定 has none. It is saved first, on
 * its own, because a key that tagged calendar events but never reached the workbook (the write-back
 * failed, Excel closed) would leave those events unfindable: the next sync would make a new key and
 * create every reminder again beside them. Only the first sync or export of a workbook pays this write.
 */
export async function ensureWorkbookKey(store: WorkbookStore, newKey: () => string = randomWorkbookKey): Promise<Result<WorkbookKey>> {
  return store.update((data): Result<Planned<WorkbookKey>> => {
    const existing = data.settings.workbookKey.trim();
    if (existing !== "") return ok({ changes: NO_CHANGES, result: { key: existing, created: false } });
    const key = newKey();
    return ok({ changes: { ...NO_CHANGES, settings: { workbookKey: key } }, result: { key, created: true } });
  });
}

/** The key of `data` as just read, or one made and saved now (the sync and the .ics export both start here). */
export async function workbookKeyFor(store: WorkbookStore, data: WorkbookData, newKey: () => string = randomWorkbookKey): Promise<Result<WorkbookKey>> {
  const existing = data.settings.workbookKey.trim();
  if (existing !== "") return ok({ key: existing, created: false });
  const made = await ensureWorkbookKey(store, newKey);
  return made.ok ? made : fail(problem("reminders.keyNotSaved", { detail: made.error, ...(made.problem === undefined ? {} : { cause: made.problem }) }));
}
