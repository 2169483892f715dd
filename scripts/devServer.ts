// Where npm start and npm stop agree on the platform and on the dev server they started.
import { join } from "node:path";

/** Desktop Excel exists (and office-addin-debugging can sideload into it) on Windows and macOS only. */
export function hasDesktopExcel(platform: NodeJS.Platform = process.platform): boolean {
  return platform === "win32" || platform === "darwin";
}

export const DEV_SERVER_PID_FILE = join(__dirname, "..", ".dev-server.pid");
