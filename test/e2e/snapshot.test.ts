// The fake host's persistence: a workbook the real Excel store wrote survives JSON and comes back as the
// same document, so "reload and see the change kept" in the browser tests the pane, not the snapshot.
import { applyMeeting } from "../../src/workbook/applyMeeting";
import { ExcelStore } from "../../src/workbook/excel";
import { unwrap } from "../domain/support";
import { ctx, fakeStore, m110, m111 } from "../workbook/excel/support/scenario";
import { parseSnapshot, restoreFake, snapshotOf } from "./fakeHost/snapshot";

test("a workbook written by the Excel store round-trips through the snapshot", async () => {
  const { fake, store } = fakeStore({ apiSets: { ExcelApi: "1.8", ExcelApiOnline: "1.1" } });
  unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
  unwrap(await store.showDivision({ division: "總務組" })); // a named sheet view with its filter

  const snapshot = parseSnapshot(JSON.stringify(snapshotOf(fake)));
  if (!snapshot) throw new Error("the snapshot did not parse");
  const restored = restoreFake(snapshot, { apiSets: { ExcelApi: "1.8", ExcelApiOnline: "1.1" } });
  expect(restored.dump()).toEqual(fake.dump());

  // the restored document is a working workbook: the next meeting applies and reads back the same
  const again = new ExcelStore({ run: restored.run, isSetSupported: restored.isSetSupported });
  unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
  unwrap(await applyMeeting(again, m111, ctx("2022-04-22T09:00:00+08:00")));
  expect(unwrap(await again.read())).toEqual(unwrap(await store.read()));
});

test.each([null, "", "{", '{"version":2}'])("stored text %p is no snapshot (start with an empty workbook)", (text) => {
  expect(parseSnapshot(text)).toBeNull();
});
