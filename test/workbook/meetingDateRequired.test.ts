// Whatever host calls it, applying minutes without a meeting date writes nothing: the meeting's 日期, the
// history rows and every 解除日期 would be empty cells.
import { applyMeeting } from "../../src/workbook/applyMeeting";
import { errorOf, unwrap } from "../domain/support";
import { ctx, fileStore, m110 } from "./xlsx/support";

test("minutes without a meeting date are refused, and the workbook is not even created", async () => {
  const { holder, store } = fileStore();
  const undated = { ...m110, meeting: { ...m110.meeting, date: null } };
  expect(errorOf(await applyMeeting(store, undated, ctx("2022-03-18T09:00:00+08:00")))).toBe(
    "會議紀錄沒有會議日期，無法寫入列管表（會議的日期、辦理歷程與解除日期都需要它）",
  );
  expect(holder.saves).toBe(0);
});

test("with the date, every case it closes has that 解除日期", async () => {
  const { store } = fileStore();
  unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
  const closed = unwrap(await store.read()).cases.filter((c) => c.tracking === "closed");
  expect(closed.length).toBeGreaterThan(0);
  for (const c of closed) expect(c.closedOn).toBe("2022-03-17");
});
