// `npm run validate [-- PATH] [--offline] [--base-url URL]`: checks an add-in manifest offline, then
// with Microsoft's online validation service when the network allows. Exit 1 when the manifest is invalid.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { OfficeAddinManifest, validateManifest } from "office-addin-manifest";
import { checkManifest, type ManifestIssue } from "./manifest/checkManifest";
import { siteContext } from "./manifest/siteContext";

const ONLINE_TIMEOUT_MS = 20_000;

interface Options {
  readonly path: string;
  readonly offline: boolean;
  readonly baseUrl: string | undefined;
}

function parseArgs(argv: readonly string[]): Options {
  let path = "manifest.xml";
  let offline = false;
  let baseUrl: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--offline") offline = true;
    else if (arg === "--base-url") baseUrl = argv[++i];
    else if (arg?.startsWith("--")) throw new Error(`unknown option ${arg} (expected --offline or --base-url URL)`);
    else if (arg) path = arg;
  }
  return { path: resolve(path), offline, baseUrl };
}

function print(path: string, issues: readonly ManifestIssue[]): void {
  for (const issue of issues) {
    const where = issue.line === undefined ? path : `${path}:${issue.line}`;
    console.log(`${issue.severity === "error" ? "✗" : "!"} ${where}: ${issue.message}`);
  }
}

async function validateOnline(path: string): Promise<boolean> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${ONLINE_TIMEOUT_MS / 1000} s`)), ONLINE_TIMEOUT_MS).unref(),
  );
  try {
    const result = await Promise.race([validateManifest(path), timeout]);
    if (result.isValid) {
      console.log("✓ online: the Office validation service accepted the manifest");
      return true;
    }
    if (!result.report) {
      console.log(`! online: the validation service answered ${result.status ?? "?"} ${result.statusText ?? ""}; not counted`);
      return true;
    }
    for (const issue of result.report.errors ?? []) console.log(`✗ online ${issue.line ?? ""}: ${issue.title ?? ""} ${issue.content ?? ""}`);
    for (const issue of result.report.warnings ?? []) console.log(`! online ${issue.line ?? ""}: ${issue.title ?? ""} ${issue.content ?? ""}`);
    return (result.report.errors ?? []).length === 0;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n").pop();
    console.log(`! online validation skipped: cannot reach the Office validation service (${reason}). Offline checks only.`);
    return true;
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.path)) {
    console.error(`✗ ${options.path}: no such file`);
    return 1;
  }
  const xml = readFileSync(options.path, "utf8");
  let info;
  try {
    info = await OfficeAddinManifest.readManifestFile(options.path);
  } catch (error) {
    console.log(`✗ ${options.path}: office-addin-manifest cannot read it: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  console.log(`Manifest ${options.path}: ${info.displayName ?? "?"} ${info.version ?? "?"} (${info.id ?? "no Id"})`);
  const issues = checkManifest(xml, siteContext(options.path, xml, options.baseUrl));
  print(options.path, issues);
  const errors = issues.filter((issue) => issue.severity === "error").length;
  if (errors > 0) {
    console.log(`✗ offline: ${errors} error(s)`);
    return 1;
  }
  console.log(`✓ offline: order, required elements, values, resources, URLs and icons are valid`);
  if (options.offline) return 0;
  return (await validateOnline(options.path)) ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
