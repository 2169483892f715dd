// Converts a written document with LibreOffice headless (a fresh user profile per run, so runs never
// share or corrupt one) and returns the converted file's path, for tests that read it back.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function requireSoffice(): Promise<void> {
  try {
    await run("soffice", ["--version"], { timeout: 60_000 });
  } catch {
    throw new Error("LibreOffice (soffice) is not installed: install the Debian packages libreoffice-calc and libreoffice-writer");
  }
}

/**
 * Writes `bytes` as `name` in a new temporary folder and converts it to `to` (pdf, txt:Text, csv…).
 * @returns the converted file's path
 */
export async function convertWithLibreOffice(bytes: Uint8Array, name: string, to: string, extraArgs: readonly string[] = []): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "report-lo-"));
  const input = join(dir, name);
  await writeFile(input, bytes);
  const profile = pathToFileURL(join(dir, "profile")).href;
  const out = join(dir, "out");
  await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", ...extraArgs, "--convert-to", to, "--outdir", out, input], { timeout: 240_000 });
  const files = await readdir(out);
  const ext = to.split(":")[0] ?? to;
  const found = files.find((f) => f.endsWith(`.${ext}`));
  if (!found) throw new Error(`LibreOffice wrote no .${ext} for ${name} (wrote: ${files.join(", ") || "nothing"})`);
  return join(out, found);
}
