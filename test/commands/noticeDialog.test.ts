// The ribbon command's report: shown in Office's dialog and completed once read; when the dialog cannot
// open, the reason is returned (not only logged) and the report is kept for the task pane, once.
import { showInDialog, type DialogUi } from "../../src/commands/noticeDialog";
import { PENDING_NOTICE_KEY, keepNotice, takeNotice, type NoticeStorage } from "../../src/commands/pendingNotice";

beforeAll(() => {
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  };
});
afterAll(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

function failingUi(code: number, message: string): DialogUi {
  return {
    displayDialogAsync: (_url, _options, callback) => callback({ status: "failed", error: { code, message, name: "Error" } } as unknown as Office.AsyncResult<Office.Dialog>),
  };
}

function openingUi(): DialogUi & { urls: string[]; fire(event: string): void; closed: number } {
  const handlers = new Map<string, () => void>();
  const ui = {
    urls: [] as string[],
    closed: 0,
    fire: (event: string) => handlers.get(event)?.(),
    displayDialogAsync: (url: string, _options: Office.DialogOptions, callback: (result: Office.AsyncResult<Office.Dialog>) => void) => {
      ui.urls.push(url);
      const dialog = { addEventHandler: (event: string, handler: () => void) => void handlers.set(event, handler), close: () => void (ui.closed += 1) };
      callback({ status: "succeeded", value: dialog } as unknown as Office.AsyncResult<Office.Dialog>);
    },
  };
  return ui;
}

describe("showInDialog", () => {
  test("resolves once the user presses 確定 (a message), closing the dialog", async () => {
    const ui = openingUi();
    const shown = showInDialog(ui, "https://addin.example.org/notice.html?m=1");
    ui.fire("dialogMessageReceived");
    await expect(shown).resolves.toEqual({ shown: true });
    expect(ui.closed).toBe(1);
    expect(ui.urls).toEqual(["https://addin.example.org/notice.html?m=1"]);
  });

  test("resolves when the user closes it with the close box", async () => {
    const ui = openingUi();
    const shown = showInDialog(ui, "u");
    ui.fire("dialogEventReceived");
    await expect(shown).resolves.toEqual({ shown: true });
  });

  test.each<[number, string, string]>([
    [12007, "x", "12007 another dialog of this add-in is already open"],
    [12009, "x", "12009 the dialog was blocked or ignored"],
    [12011, "x", "12011 the browser blocked the pop-up"],
    [5001, "Internal error", "5001 Internal error"],
  ])("a dialog that fails with %i says why", async (code, message, reason) => {
    await expect(showInDialog(failingUi(code, message), "u")).resolves.toEqual({ shown: false, reason });
  });

  test("a throwing Office is a failure with its message", async () => {
    const ui: DialogUi = { displayDialogAsync: () => { throw new Error("not in this host"); } };
    await expect(showInDialog(ui, "u")).resolves.toEqual({ shown: false, reason: "not in this host" });
  });
});

describe("the pending notice", () => {
  const memory = (): NoticeStorage & { map: Map<string, string> } => {
    const map = new Map<string, string>();
    return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
  };
  const notice = { title: "更新狀態", lines: ["逾期案件：2 件"], reason: "12007 another dialog of this add-in is already open", at: "2026-12-05T03:00:00.000Z" };

  test("kept by the command, taken once by the pane", () => {
    const storage = memory();
    expect(keepNotice(storage, notice)).toBe(true);
    expect(takeNotice(storage)).toEqual(notice);
    expect(takeNotice(storage)).toBeNull();
  });

  test("a storage that refuses says so", () => {
    const storage: NoticeStorage = { getItem: () => null, removeItem: () => undefined, setItem: () => { throw new Error("QuotaExceededError"); } };
    expect(keepNotice(storage, notice)).toBe(false);
  });

  test.each(["not json", JSON.stringify({ title: 1 }), JSON.stringify({ ...notice, lines: [1] })])("an unreadable record (%s) is dropped, not shown", (text) => {
    const storage = memory();
    storage.map.set(PENDING_NOTICE_KEY, text);
    expect(takeNotice(storage)).toBeNull();
    expect(storage.map.has(PENDING_NOTICE_KEY)).toBe(false);
  });
});
