// `npm start` on a machine without desktop Excel: it serves the add-in over HTTPS on port 3000,
// prints how to sideload into Excel on the web, and `npm stop` ends it.
import { spawn, spawnSync } from "node:child_process";
import { get } from "node:https";
import { join } from "node:path";
import { hasDesktopExcel } from "../../scripts/devServer";

const root = join(__dirname, "../..");

function fetchStatus(url: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const request = get(url, { rejectUnauthorized: false, timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on("error", () => resolve(undefined)).on("timeout", () => request.destroy());
  });
}

async function waitFor(check: () => Promise<boolean>, seconds: number): Promise<boolean> {
  for (let i = 0; i < seconds * 2; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

const linuxOnly = hasDesktopExcel() ? test.skip : test;

linuxOnly(
  "serves the task pane and manifest, says how to sideload, and stops",
  async () => {
    let output = "";
    const start = spawn("npm", ["start"], { cwd: root, env: { ...process.env, BROWSER: "none" } });
    start.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    start.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => start.on("exit", resolve));
    try {
      const up = await waitFor(async () => (await fetchStatus("https://localhost:3000/taskpane.html")) === 200, 90);
      expect(up).toBe(true);
      expect(await fetchStatus("https://localhost:3000/manifest.xml")).toBe(200);
      expect(await fetchStatus("https://localhost:3000/assets/icon-80.png")).toBe(200);
      expect(output).toContain("Upload My Add-in");
      expect(output).toContain("https://localhost:3000/taskpane.html");
    } finally {
      const stop = spawnSync("npm", ["run", "--silent", "stop"], { cwd: root, encoding: "utf8" });
      expect(stop.stdout).toContain("Stopped the dev server");
    }
    expect(await exited).not.toBeUndefined();
    const down = await waitFor(async () => (await fetchStatus("https://localhost:3000/taskpane.html")) === undefined, 10);
    expect(down).toBe(true);
  },
  120_000,
);
