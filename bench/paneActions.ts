// Excel syncs per task-pane action (a progress note, a ruling, a deadline move) on the fake Excel: before,
// the pane wrote through the store and then read the whole workbook again (refresh); after, it calls the
// application service, which hands back the workbook after the write, so the second read is gone.
import { moveDeadline, recordProgress, ruleCase, type ActionContext } from "../src/app";
import type { IsoDate, Result } from "../src/domain";
import { applyMeeting } from "../src/workbook/applyMeeting";
import { planMoveDue, planProgress, planRuling } from "../src/workbook/caseActions";
import { ExcelStore } from "../src/workbook/excel";
import type { CaseRow, Planned, WorkbookData } from "../src/workbook/model";
import { FakeExcel } from "../test/workbook/excel/support/fakeExcel";
import { ctx, m110, syntheticChanges, writeAll } from "../test/workbook/excel/support/scenario";
import type { Figure } from "./measure";

const action: ActionContext = { now: "2022-04-01T02:00:00Z", by: "許菁芳" };
const storeOn = (fake: FakeExcel): ExcelStore => new ExcelStore({ run: fake.run, isSetSupported: fake.isSetSupported });
const must = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

interface PaneAction {
  readonly name: string;
  readonly plan: (data: WorkbookData) => Result<Planned<CaseRow>>;
  readonly service: (store: ExcelStore) => Promise<Result<unknown>>;
}

const ACTIONS: readonly PaneAction[] = [
  { name: "progress note", plan: planProgress("11002", "已完成招標", action), service: (s) => recordProgress(s, "11002", "已完成招標", action) },
  { name: "ruling (解除列管)", plan: planRuling("11002", "closed", 111, action), service: (s) => ruleCase(s, "11002", "closed", 111, action) },
  { name: "deadline move", plan: planMoveDue("11002", "2022-09-30" as IsoDate, "9月底前", action), service: (s) => moveDeadline(s, "11002", "2022-09-30" as IsoDate, "9月底前", action) },
];

async function workbook(count: number): Promise<FakeExcel> {
  const fake = new FakeExcel();
  const store = storeOn(fake);
  must(await store.update(writeAll(syntheticChanges(count))));
  must(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
  return fake;
}

/** Syncs of one action on a fresh copy of `base`: before (update, then the pane's refresh) and after (the service). */
async function syncs(base: FakeExcel, pane: PaneAction): Promise<{ before: number; after: number }> {
  const old = base.clone();
  const oldStore = storeOn(old);
  old.resetLog();
  must(await oldStore.update(pane.plan));
  must(await oldStore.read());
  const before = old.syncs;
  const now = base.clone();
  const newStore = storeOn(now);
  now.resetLog();
  must(await pane.service(newStore));
  return { before, after: now.syncs };
}

export async function benchPaneActions(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const count of [100, 1_000] as const) {
    const base = await workbook(count);
    for (const pane of ACTIONS) {
      const { before, after } = await syncs(base, pane);
      figures.push({ name: `${count.toLocaleString("en-US")} cases, ${pane.name}: Excel syncs before → after`, value: `${before} → ${after}` });
    }
  }
  return figures;
}
