// `npm start` on a machine without desktop Excel: it serves the add-in over HTTPS, prints how to sideload
// into Excel on the web, and `npm stop` ends it. The test asks for a free port (`npm start -- --port N`)
// and holds the default port 3000 itself while it runs, so a dev server already there never matters.
import { spawn, spawnSync } from "node:child_process";
import { get } from "node:https";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { DEFAULT_DEV_PORT, hasDesktopExcel } from "../../scripts/devServer";

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

/** Listens on `port` (0: any free one); null when someone else holds it already. */
function listen(port: number): Promise<Server | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(null));
    server.listen(port, () => resolve(server));
  });
}

const close = (server: Server | null) => new Promise<void>((resolve) => (server === null ? resolve() : server.close(() => resolve())));

/** A port the system says is free now: bound to 0, read, released. */
async function freePort(): Promise<number> {
  const server = await listen(0);
  const address = server?.address();
  await close(server);
  if (address === null || address === undefined || typeof address === "string") throw new Error("no free port");
  return address.port;
}

const linuxOnly = hasDesktopExcel() ? test.skip : test;

linuxOnly(
  "serves the task pane and manifest on the port asked for, says how to sideload, and stops — with port 3000 taken",
  async () => {
    // taken by this test if nobody else has it; either way the dev server must not need it
    const holder = await listen(DEFAULT_DEV_PORT);
    const port = await freePort();
    const base = `https://localhost:${port}/`;
    let output = "";
    const start = spawn("npm", ["start", "--", "--port", String(port)], { cwd: root, env: { ...process.env, BROWSER: "none" } });
    start.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    start.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => start.on("exit", resolve));
    try {
      // the first development build takes a while on a loaded machine
      const up = await waitFor(async () => (await fetchStatus(`${base}taskpane.html`)) === 200, 180);
      expect(up).toBe(true);
      expect(await fetchStatus(`${base}manifest.xml`)).toBe(200);
      expect(await fetchStatus(`${base}assets/icon-80.png`)).toBe(200);
      expect(output).toContain("Upload My Add-in");
      expect(output).toContain(`${base}taskpane.html`);
      expect(output).toContain(`npm stop -- --port ${port}`);
    } finally {
      const stop = spawnSync("npm", ["run", "--silent", "stop", "--", "--port", String(port)], { cwd: root, encoding: "utf8" });
      expect(stop.stdout).toContain("Stopped the dev server");
      await close(holder);
    }
    expect(await exited).not.toBeUndefined();
    const down = await waitFor(async () => (await fetchStatus(`${base}taskpane.html`)) === undefined, 10);
    expect(down).toBe(true);
  },
  240_000,
);
