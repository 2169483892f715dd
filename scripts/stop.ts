// `npm stop`: ends a sideloading session (Windows, macOS) or the dev server that npm start began (Linux).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { DEV_SERVER_PID_FILE, hasDesktopExcel } from "./devServer";

function stopDevServer(): number {
  if (!existsSync(DEV_SERVER_PID_FILE)) {
    console.log("No dev server started by `npm start` is running.");
    return 0;
  }
  const pid = Number(readFileSync(DEV_SERVER_PID_FILE, "utf8"));
  rmSync(DEV_SERVER_PID_FILE);
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
