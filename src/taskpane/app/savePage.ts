// The save page's script (save.html): reads the file the pane put in the URL's fragment, removes the
// fragment from the address bar (the file's contents need not stay there), starts the download and
// offers a button to download it again. Runs in the user's own browser, not in Office.
import { oldWebview } from "../../guard/webviewFlag";
import { anchorDownload, readSaveLink } from "./downloadLink";

function line(text: string, role?: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.textContent = text;
  if (role) p.setAttribute("role", role);
  return p;
}


async function start(): Promise<void> {
  const root = document.getElementById("root");
  const status = document.getElementById("status");
  if (!root || !status) return;
  const hash = window.location.hash;
  history.replaceState(null, "", window.location.pathname + window.location.search);
  try {
    const file = await readSaveLink(hash);
    const blob = new Blob([file.bytes.slice()], { type: file.type });
    status.replaceWith(line(`已開始下載「${file.name}」（${file.bytes.length} 位元組）。 Downloading “${file.name}” (${file.bytes.length} bytes).`, "status"));
    const again = document.createElement("button");
    again.type = "button";
    again.textContent = `再次下載 Download again: ${file.name}`;
    again.addEventListener("click", () => anchorDownload(file.name, blob));
    root.append(again, line("下載後可關閉此頁。 You can close this page once the file is saved."));
    anchorDownload(file.name, blob);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    status.replaceWith(line(`無法取得檔案：請回到 Excel 再下載一次。 Could not read the file (${reason}); download it again from Excel.`, "alert"));
  }
}

if (oldWebview() === null) void start();
