// Builds what the e2e tests and the task-pane benchmark load: the add-in's production build and the fake
// office.js. Both go under test-artifacts/e2e/ (not dist/), so a test never races a developer's
// `npm run build` or dev server over dist/, and are rebuilt only when a source is newer than the output.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "../../..");
export const E2E_OUT = join(ROOT, "test-artifacts/e2e");
export const PANE_DIST = join(E2E_OUT, "dist");
export const FAKE_OFFICE_JS = join(E2E_OUT, "fakeHost/fake-office.js");

const PANE_INPUTS = ["src", "assets", "webpack.config.js", "tsconfig.json", "tsconfig.build.json", "package-lock.json", "manifest.xml", "scripts/addin-urls.js"];
const FAKE_INPUTS = ["test/e2e/fakeHost", "test/workbook/excel/support", "src/workbook", "src/domain", "test/support/officeAddinManifest.ts"];

/** Newest modification time under the given paths (files and directories, recursively). */
function newest(paths: readonly string[]): number {
  let latest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    latest = Math.max(latest, stat.mtimeMs);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  for (const path of paths) visit(join(ROOT, path));
  return latest;
}

const stampTime = (stamp: string): number => (existsSync(stamp) ? statSync(stamp).mtimeMs : 0);

function webpack(args: readonly string[], what: string, env: Readonly<Record<string, string>> = {}): void {
  const result = spawnSync(join(ROOT, "node_modules/.bin/webpack"), args, { cwd: ROOT, encoding: "utf8", timeout: 240_000, env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
}

/**
 * One build at a time across Jest workers (each e2e file calls ensureBuilt): a directory is the lock,
 * as mkdir is atomic. A lock older than the build timeout is a crashed run's and is taken over.
 */
async function withLock<T>(work: () => T): Promise<T> {
  mkdirSync(E2E_OUT, { recursive: true });
  const lock = join(E2E_OUT, ".build.lock");
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - stampTime(lock) > 300_000) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Built {
  readonly dist: string;
  readonly fakeOffice: string;
  /** what was rebuilt this time, for the log */
  readonly rebuilt: readonly string[];
}

/**
 * The client id of the second build, the one with Microsoft 365 sign-in configured (the 提醒 tab's sign-in
 * and Graph paths): a GUID no tenant has, since no request leaves the machine (the tests answer Graph).
 */
export const E2E_CLIENT_ID = "00000000-0000-4000-8000-00000000e2e0";
/** Where that build goes; the first build (no client id) offers only the .ics, as an unconfigured build does. */
export const PANE_DIST_GRAPH = join(E2E_OUT, "dist-graph");

/** Which build: as shipped without an app registration, or with sign-in configured (E2E_CLIENT_ID). */
export type BuildVariant = "plain" | "graph";

/** Builds the pane (production) and the fake office.js when their outputs are missing or stale. */
export function ensureBuilt(variant: BuildVariant = "plain"): Promise<Built> {
  return withLock(() => {
    const rebuilt: string[] = [];
    // A build made beforehand (PANE_DIST, PANE_DIST_GRAPH), e.g. of a commit while the tree is mid-change.
    const prebuilt = process.env[variant === "graph" ? "PANE_DIST_GRAPH" : "PANE_DIST"];
    const dist = prebuilt ?? (variant === "graph" ? PANE_DIST_GRAPH : PANE_DIST);
    const paneStamp = join(dist, ".built");
    if (prebuilt === undefined && stampTime(paneStamp) < newest(PANE_INPUTS)) {
      const env: Record<string, string> = variant === "graph" ? { MINUTES_TRACKER_CLIENT_ID: E2E_CLIENT_ID, MINUTES_TRACKER_TENANT: "organizations" } : {};
      webpack(["--mode", "production", "--output-path", dist], `the production build of the task pane (${variant})`, env);
      writeFileSync(paneStamp, new Date().toISOString());
      rebuilt.push(`task pane (${variant})`);
    }
    const fakeStamp = `${FAKE_OFFICE_JS}.built`;
    if (stampTime(fakeStamp) < newest(FAKE_INPUTS)) {
      webpack(["--config", "test/e2e/fakeHost/webpack.config.js"], "the fake office.js build");
      writeFileSync(fakeStamp, new Date().toISOString());
      rebuilt.push("fake office.js");
    }
    return { dist, fakeOffice: FAKE_OFFICE_JS, rebuilt };
  });
}
