// Opens the notice page in Office's dialog and waits until the user has read it (the page's 確定 sends a
// message, the close box raises an event). Takes Office's `ui` object as a parameter so the commands
// page can be tested without Office.

/** What the command needs of Office.context.ui. */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: Office.DialogOptions,
    callback: (result: Office.AsyncResult<Office.Dialog>) => void,
  ): void;
}

export type DialogOutcome = { readonly shown: true } | { readonly shown: false; readonly reason: string };

/** Office's codes worth a word of their own; any other failure is reported with Office's message. */
const KNOWN: Readonly<Record<number, string>> = {
  12007: "another dialog of this add-in is already open",
  12009: "the dialog was blocked or ignored",
  12011: "the browser blocked the pop-up",
};

/** Resolves once the dialog is closed, or at once with why it did not open. */
export function showInDialog(ui: DialogUi, url: string): Promise<DialogOutcome> {
  return new Promise((resolve) => {
    try {
      ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          const code = result.error?.code;
          const known = typeof code === "number" ? KNOWN[code] : undefined;
          resolve({ shown: false, reason: `${String(code ?? "?")} ${known ?? result.error?.message ?? "unknown"}` });
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve({ shown: true });
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve({ shown: true }));
      });
    } catch (error) {
      resolve({ shown: false, reason: error instanceof Error ? error.message : String(error) });
    }
  });
}
