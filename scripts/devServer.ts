// Where npm start and npm stop agree on the platform, the port and the dev server they started.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Desktop Excel exists (and office-addin-debugging can sideload into it) on Windows and macOS only. */
export function hasDesktopExcel(platform: NodeJS.Platform = process.platform): boolean {
  return platform === "win32" || platform === "darwin";
}

/** The port the manifest's development URLs use (package.json config.dev_server_port). */
export const DEFAULT_DEV_PORT: number = Number(
  (JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as { config: { dev_server_port: number } }).config.dev_server_port,
);

/**
 * The port asked for with `--port N` (npm start -- --port 3456), else the default. Tests and a second
 * checkout pass a free port, so a dev server already on 3000 never gets in the way.
 *
 * @returns the port, or a message saying what is wrong with the value
 */
export function portFromArgs(argv: readonly string[]): { port: number } | { error: string } {
  const at = argv.findIndex((a) => a === "--port" || a.startsWith("--port="));
  if (at < 0) return { port: DEFAULT_DEV_PORT };
  const text = argv[at]?.startsWith("--port=") ? argv[at]?.slice("--port=".length) : argv[at + 1];
  const port = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || port < 1 || port > 65535) {
    return { error: `--port "${text ?? ""}" is not a port: give a number from 1 to 65535, e.g. --port 3456` };
  }
  return { port };
}

/** The file holding the pid of the dev server npm start began on `port`: one per port, so two never mix. */
export function devServerPidFile(port: number = DEFAULT_DEV_PORT): string {
  return join(__dirname, "..", port === DEFAULT_DEV_PORT ? ".dev-server.pid" : `.dev-server-${port}.pid`);
}

export const DEV_SERVER_PID_FILE = devServerPidFile();
