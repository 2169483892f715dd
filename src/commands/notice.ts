// The notice dialog's script: shows the message a ribbon command passed in the URL and tells the command
// when the user has read it (messageParent), so the command can close the dialog and complete.
import { oldWebview } from "../guard/webviewFlag";
import { readNotice } from "./noticeUrl";

function render(): void {
  const notice = readNotice(window.location.search);
  document.documentElement.lang = notice.lang;
  const title = document.getElementById("title");
  const body = document.getElementById("message");
  const button = document.getElementById("ok");
  if (title) title.textContent = notice.title;
  if (body) {
    for (const line of notice.lines) {
      const p = document.createElement("p");
      p.textContent = line;
      body.append(p);
    }
  }
  if (button instanceof HTMLButtonElement) {
    button.textContent = notice.lang === "en" ? "OK" : "確定";
    button.focus();
    button.addEventListener("click", () => {
      if (typeof Office !== "undefined" && Office.context?.ui) Office.context.ui.messageParent("close");
      else window.close();
    });
  }
}

function start(): void {
  if (typeof Office !== "undefined") void Office.onReady(render);
  else render();
}

// in an old webview the inline guard renders the notice itself
if (oldWebview() === null) start();
