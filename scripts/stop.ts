// `npm stop`: ends a sideloading session (Windows, macOS) or the dev server that npm start began (Linux).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { devServerPidFile, hasDesktopExcel, portFromArgs } from "./devServer";

/** Stops the dev server `npm start` began on the port given (`npm stop -- --port N`), else the default one. */
function stopDevServer(): number {
  const asked = portFromArgs(process.argv.slice(2));
  if ("error" in asked) {
    console.error(asked.error);
    return 2;
  }
  const pidFile = devServerPidFile(asked.port);
  if (!existsSync(pidFile)) {
    console.log(`No dev server started by \`npm start\` is running on port ${asked.port}.`);
    return 0;
  }
  const pid = Number(readFileSync(pidFile, "utf8"));
  rmSync(pidFile);
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server (process ${pid}).`);
  } catch {
    console.log(`The dev server (process ${pid}) had already stopped.`);
  }
  return 0;
}

if (hasDesktopExcel()) {
  const result = spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], { stdio: "inherit" });
  process.exit(result.status ?? 1);
} else {
  process.exit(stopDevServer());
}
