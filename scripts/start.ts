// `npm start`: sideloads into desktop Excel where it exists (Windows, macOS) through office-addin-debugging;
// elsewhere (Linux) starts the HTTPS dev server and says how to sideload into Excel on the web.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { DEV_URL } from "./addin-urls";
import { DEFAULT_DEV_PORT, devServerPidFile, hasDesktopExcel, portFromArgs } from "./devServer";

function run(command: string, args: readonly string[], pidFile: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit" });
    if (!hasDesktopExcel() && child.pid !== undefined) writeFileSync(pidFile, String(child.pid));
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function printWebInstructions(port: number): void {
  const base = DEV_URL.replace(`:${DEFAULT_DEV_PORT}/`, `:${port}/`);
  console.log(
    [
      "",
      "會議列管 Minutes Tracker: no desktop Excel on this platform, starting the dev server only.",
      "",
      `  Task pane (standalone in a browser): ${base}taskpane.html`,
      `  Manifest to sideload:                ${process.cwd()}/manifest.xml`,
      ...(port === DEFAULT_DEV_PORT ? [] : [`  (manifest.xml points at port ${DEFAULT_DEV_PORT}: sideload from this port only with a copy edited to ${port})`]),
      "",
      "Sideload into Excel on the web:",
      "  1. Open a workbook at https://www.office.com (or your organization's SharePoint/OneDrive).",
      "  2. Home > Add-ins > More Add-ins (or Advanced) > My Add-ins > Upload My Add-in.",
      "  3. Choose manifest.xml above; the Home tab then shows 會議列管 > 列管案件.",
      "",
      "The browser must trust the Office development certificate (~/.office-addin-dev-certs/ca.crt).",
      port === DEFAULT_DEV_PORT ? "Stop with Ctrl+C or `npm stop`." : `Stop with Ctrl+C or \`npm stop -- --port ${port}\`.`,
      "",
    ].join("\n"),
  );
}

async function main(): Promise<number> {
  const asked = portFromArgs(process.argv.slice(2));
  if ("error" in asked) throw new Error(asked.error);
  if (hasDesktopExcel()) {
    if (asked.port !== DEFAULT_DEV_PORT) {
      throw new Error(`--port applies to the dev server alone; desktop sideloading serves on package.json config.dev_server_port (${DEFAULT_DEV_PORT})`);
    }
    return run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop"], devServerPidFile(asked.port));
  }
  printWebInstructions(asked.port);
  // webpack-cli runs in this child process itself (no npx wrapper), so the recorded pid is the server's;
  // its --port overrides the config's port.
  const serve = [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development", "--port", String(asked.port)];
  return run(process.execPath, serve, devServerPidFile(asked.port));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
