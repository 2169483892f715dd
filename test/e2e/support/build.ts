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

function webpack(args: readonly string[], what: string): void {
  const result = spawnSync(join(ROOT, "node_modules/.bin/webpack"), args, { cwd: ROOT, encoding: "utf8", timeout: 240_000 });
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

/** Builds the pane (production) and the fake office.js when their outputs are missing or stale. */
export function ensureBuilt(): Promise<Built> {
  return withLock(() => {
    const rebuilt: string[] = [];
    const paneStamp = join(PANE_DIST, ".built");
    if (stampTime(paneStamp) < newest(PANE_INPUTS)) {
      webpack(["--mode", "production", "--output-path", PANE_DIST], "the production build of the task pane");
      writeFileSync(paneStamp, new Date().toISOString());
      rebuilt.push("task pane");
    }
    const fakeStamp = `${FAKE_OFFICE_JS}.built`;
    if (stampTime(fakeStamp) < newest(FAKE_INPUTS)) {
      webpack(["--config", "test/e2e/fakeHost/webpack.config.js"], "the fake office.js build");
      writeFileSync(fakeStamp, new Date().toISOString());
      rebuilt.push("fake office.js");
    }
    return { dist: PANE_DIST, fakeOffice: FAKE_OFFICE_JS, rebuilt };
  });
}
