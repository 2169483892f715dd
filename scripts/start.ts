// `npm start`: sideloads into desktop Excel where it exists (Windows, macOS) through office-addin-debugging;
// elsewhere (Linux) starts the HTTPS dev server and says how to sideload into Excel on the web.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { DEV_URL } from "./addin-urls";
import { DEV_SERVER_PID_FILE, hasDesktopExcel } from "./devServer";

function run(command: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit" });
    if (!hasDesktopExcel() && child.pid !== undefined) writeFileSync(DEV_SERVER_PID_FILE, String(child.pid));
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function printWebInstructions(): void {
  console.log(
    [
      "",
      "會議列管 Minutes Tracker: no desktop Excel on this platform, starting the dev server only.",
      "",
      `  Task pane (standalone in a browser): ${DEV_URL}taskpane.html`,
      `  Manifest to sideload:                ${process.cwd()}/manifest.xml`,
      "",
      "Sideload into Excel on the web:",
      "  1. Open a workbook at https://www.office.com (or your organization's SharePoint/OneDrive).",
      "  2. Home > Add-ins > More Add-ins (or Advanced) > My Add-ins > Upload My Add-in.",
      "  3. Choose manifest.xml above; the Home tab then shows 會議列管 > 列管案件.",
      "",
      "The browser must trust the Office development certificate (~/.office-addin-dev-certs/ca.crt).",
      "Stop with Ctrl+C or `npm stop`.",
      "",
    ].join("\n"),
  );
}

async function main(): Promise<number> {
  if (hasDesktopExcel()) {
    return run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop"]);
  }
  printWebInstructions();
  // webpack-cli runs in this child process itself (no npx wrapper), so the recorded pid is the server's.
  return run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"]);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
