// The commands page: registers updateStatus with Office, shows the report in a dialog, and always calls
// event.completed(), whether the dialog is closed by its button, its close box, or cannot open at all.
import { ok } from "../../../src/domain";
import { caseRow, d, workbook } from "../support";

jest.mock("../../../src/workbook/excel", () => ({
  createHostExcelStore: () => ({
    read: () => Promise.resolve(ok(workbook([caseRow("11105", { dueDate: d("2000-01-01") })]))),
  }),
}));

type Handler = (arg?: unknown) => void;
interface FakeDialog {
  handlers: Map<string, Handler>;
  closed: boolean;
}

const associated = new Map<string, (event: { completed: () => void }) => void>();
let dialogResult: "ok" | "fail" = "ok";
const opened: string[] = [];
let dialog: FakeDialog | undefined;

beforeAll(async () => {
  Object.assign(globalThis, {
    window: { location: { href: "https://localhost:3000/commands.html" } },
    Excel: { run: (batch: (context: unknown) => Promise<void>) => batch({ workbook: { application: { calculate: () => undefined } }, sync: () => Promise.resolve() }), CalculationType: { recalculate: "Recalculate" } },
    Office: {
      onReady: () => Promise.resolve({ host: "Excel" }),
      actions: { associate: (name: string, fn: (event: { completed: () => void }) => void) => associated.set(name, fn) },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
      context: {
        displayLanguage: "zh-TW",
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
            opened.push(url);
            if (dialogResult === "fail") return callback({ status: "failed", error: { message: "blocked" } });
            const fake: FakeDialog = { handlers: new Map(), closed: false };
            dialog = fake;
            callback({ status: "succeeded", value: { addEventHandler: (type: string, h: Handler) => fake.handlers.set(type, h), close: () => (fake.closed = true) } });
          },
        },
      },
    },
  });
  await import("../../../src/commands/commands");
});

const run = async (close: (dialog: FakeDialog) => void): Promise<number> => {
  let completed = 0;
  const fn = associated.get("updateStatus");
  if (!fn) throw new Error("updateStatus not associated");
  fn({ completed: () => completed++ });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(completed).toBe(0);
  if (dialog) close(dialog);
  await new Promise((resolve) => setTimeout(resolve, 10));
  return completed;
};

test("associates updateStatus", () => {
  expect([...associated.keys()]).toEqual(["updateStatus"]);
});

test("reports the overdue count in the notice dialog and completes when its button is pressed", async () => {
  dialogResult = "ok";
  const completed = await run((dlg) => dlg.handlers.get("dialogMessageReceived")?.({ message: "close" }));
  expect(completed).toBe(1);
  expect(dialog?.closed).toBe(true);
  const url = new URL(opened[opened.length - 1] ?? "");
  expect(url.pathname).toBe("/notice.html");
  expect(url.searchParams.getAll("m")[0]).toMatch(/逾期案件 1 案/);
});

test("completes when the dialog's close box is used", async () => {
  dialogResult = "ok";
  expect(await run((dlg) => dlg.handlers.get("dialogEventReceived")?.({ error: 12006 }))).toBe(1);
});

test("completes when no dialog can be shown", async () => {
  dialogResult = "fail";
  dialog = undefined;
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  let completed = 0;
  associated.get("updateStatus")?.({ completed: () => completed++ });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(completed).toBe(1);
  expect(spy).toHaveBeenCalled();
  spy.mockRestore();
});
