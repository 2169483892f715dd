// Ribbon commands page (the manifest's FunctionFile). The Home-tab 列管案件 button only opens the task
// pane, which Office does without code; 更新狀態 (updateStatus) runs here: it asks Excel to recalculate
// (so the 狀態 formulas use today's date), reads the workbook through the Excel store, counts the overdue
// cases with computeStatus and reports them. Excel has no notification API for add-ins, so the report is
// shown in a small dialog (Office's documented way for a function command to show UI), and
// event.completed() is called once it is closed, or at once when no dialog can be shown.
import { createHostExcelStore } from "../workbook/excel";
import { languageOf, messagesFor } from "../taskpane/i18n/language";
import type { Messages } from "../taskpane/i18n/zhTW";
import { noticeUrl } from "./noticeUrl";
import { overdueReport } from "./overdue";

function messages(): Messages {
  let tag: string | undefined;
  try {
    tag = Office.context.displayLanguage;
  } catch {
    tag = undefined;
  }
  return messagesFor(languageOf(tag) ?? "zh-TW");
}

async function recalculate(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.recalculate);
    await context.sync();
  });
}

/** The report's lines: the overdue count, or why it could not be made. */
async function report(t: Messages): Promise<string[]> {
  try {
    await recalculate();
  } catch {
    // recalculation is a courtesy; the count below does not depend on it
  }
  try {
    const read = await createHostExcelStore().read();
    return read.ok ? overdueReport(read.value, new Date(), t) : [read.error];
  } catch (error) {
    return [t.unexpected(error instanceof Error ? error.message : String(error))];
  }
}

/** Shows the lines in the notice dialog; resolves when it is closed (or could not open). */
function show(lines: readonly string[], t: Messages): Promise<void> {
  return new Promise((resolve) => {
    const url = noticeUrl(window.location.href, lines, t.lang, t.commandTitle);
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        console.error(`更新狀態: ${lines.join(" ")} (dialog: ${result.error.message})`);
        resolve();
        return;
      }
      const dialog = result.value;
      // the page's 確定 button sends a message; the close box raises an event
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
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
void Office.onReady();
Office.actions.associate("updateStatus", (event: Office.AddinCommands.Event) => void updateStatus(event));
