// Ribbon commands page (the manifest's FunctionFile). The Home-tab 列管案件 button only opens the task
// pane, which Office does without code; 更新狀態 (updateStatus) runs here: it asks Excel to recalculate
// (so the 狀態 formulas use today's date), asks the readOverdue service (src/app) for the overdue cases of
// the Excel store's workbook and reports them in Office's display language (words.ts, the problems'
// catalogue). Excel has no notification API for add-ins, so the report is
// shown in a small dialog (Office's documented way for a function command to show UI), and
// event.completed() is called once it is closed. When the dialog cannot open, the report is kept for the
// task pane to show when it next opens (pendingNotice.ts), and the command still completes.
// In Trident/EdgeHTML this bundle cannot run: the inline guard (src/guard) answers the command there.
import { readOverdue } from "../app";
import { failureMessage } from "../domain";
import { oldWebview } from "../guard/webviewFlag";
import { createHostExcelStore } from "../workbook/excel";
import { showInDialog } from "./noticeDialog";
import { noticeUrl } from "./noticeUrl";
import { keepNotice } from "./pendingNotice";
import { overdueLines } from "./overdue";
import { commandLanguage, commandWords, type CommandWords } from "./words";

function messages(): CommandWords {
  let tag: string | undefined;
  try {
    tag = Office.context.displayLanguage;
  } catch {
    tag = undefined;
  }
  return commandWords(commandLanguage(tag));
}

async function recalculate(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.recalculate);
    await context.sync();
  });
}

/** The report's lines: the overdue count, or why it could not be made. */
async function report(t: CommandWords): Promise<string[]> {
  try {
    await recalculate();
  } catch {
    // recalculation is a courtesy; the count below does not depend on it
  }
  try {
    const summary = await readOverdue(createHostExcelStore(), new Date());
    return summary.ok ? overdueLines(summary.value, t) : [failureMessage(summary, t.lang)];
  } catch (error) {
    return [t.unexpected(error instanceof Error ? error.message : String(error))];
  }
}

/** Shows the lines in the notice dialog; when it cannot open, keeps them for the task pane. */
async function show(lines: readonly string[], t: CommandWords): Promise<void> {
  const outcome = await showInDialog(Office.context.ui, noticeUrl(window.location.href, lines, t.lang, t.commandTitle));
  if (outcome.shown) return;
  console.error(`更新狀態: ${lines.join(" ")} (dialog: ${outcome.reason})`);
  let storage: Storage | null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  if (storage) keepNotice(storage, { title: t.commandTitle, lines, reason: outcome.reason, at: new Date().toISOString() });
}

export async function updateStatus(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const t = messages();
    await show(await report(t), t);
  } finally {
    event.completed();
  }
}

// Office must finish initializing on this page before a command can be invoked; the association is made
// at load, as Microsoft's command template does, so it is in place when Office calls it.
if (oldWebview() === null) {
  void Office.onReady();
  Office.actions.associate("updateStatus", (event: Office.AddinCommands.Event) => void updateStatus(event));
}
