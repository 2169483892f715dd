// `npm run validate` end to end: exit codes and messages for the real manifest and broken copies of it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

function validate(args: string[]): { code: number | null; out: string } {
  const result = spawnSync(tsx, [join(root, "scripts/validate-manifest.ts"), ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** A copy of the site (icons and page templates) with the given manifest text, as a newcomer's edit would leave it. */
function siteWith(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "manifest-"));
  cpSync(join(root, "assets"), join(dir, "assets"), { recursive: true });
  cpSync(join(root, "src"), join(dir, "src"), { recursive: true, filter: (p) => !p.endsWith(".ts") });
  writeFileSync(join(dir, "manifest.xml"), xml);
  return join(dir, "manifest.xml");
}

test("the project's manifest passes offline", () => {
  const { code, out } = validate(["--offline"]);
  expect(out).toContain("✓ offline");
  expect(code).toBe(0);
});

test("a copy of the site with the same manifest passes too", () => {
  expect(validate([siteWith(manifest), "--offline"]).code).toBe(0);
});

test("a manifest without <Id> fails, naming the element and its place", () => {
  const { code, out } = validate([siteWith(manifest.replace(/\s*<Id>.*<\/Id>/, "")), "--offline"]);
  expect(code).toBe(1);
  expect(out).toMatch(/manifest\.xml:\d+: missing required element <Id> in <OfficeApp>/);
});

test("misordered elements fail, naming both", () => {
  const swapped = manifest.replace(/(<DisplayName[\s\S]*?<\/DisplayName>)(\s*)(<Description[\s\S]*?<\/Description>)/, "$3$2$1");
  const { code, out } = validate([siteWith(swapped), "--offline"]);
  expect(code).toBe(1);
  expect(out).toContain("<DisplayName> is out of order in <OfficeApp>: it must come before <Description>");
});

test("a missing file is a clear error", () => {
  const { code, out } = validate([join(tmpdir(), "no-such-manifest.xml"), "--offline"]);
  expect(code).toBe(1);
  expect(out).toContain("no such file");
});

test("without --offline it tries the online service and says clearly when it cannot reach it", () => {
  const { code, out } = validate([]);
  expect(code).toBe(0);
  expect(out).toMatch(/online validation skipped: cannot reach the Office validation service|✓ online/);
});
