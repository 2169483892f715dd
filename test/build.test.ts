// `npm run build`: a production build writes the pages and a manifest whose URLs all point at the
// configured production site, and that manifest validates against the built files.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkManifest } from "../scripts/manifest/checkManifest";
import { siteContext } from "../scripts/manifest/siteContext";

const root = join(__dirname, "..");
const productionUrl = "https://tracker.city.example/minutes/";
const out = mkdtempSync(join(tmpdir(), "dist-"));

beforeAll(() => {
  const result = spawnSync(join(root, "node_modules/.bin/webpack"), ["--mode", "production", "--output-path", out], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ADDIN_PRODUCTION_URL: productionUrl },
    timeout: 180_000,
  });
  if (result.status !== 0) throw new Error(`webpack failed:\n${result.stdout}\n${result.stderr}`);
}, 200_000);

test.each(["manifest.xml", "taskpane.html", "commands.html", "support.html", "assets/icon-16.png", "assets/icon-80.png"])(
  "writes %s",
  (file) => {
    expect(existsSync(join(out, file))).toBe(true);
  },
);

test("the built manifest points only at the production URL", () => {
  const xml = readFileSync(join(out, "manifest.xml"), "utf8");
  expect(xml).not.toContain("localhost");
  expect(xml).toContain(`<SourceLocation DefaultValue="${productionUrl}taskpane.html"/>`);
});

test("the built manifest validates against the built site", () => {
  const path = join(out, "manifest.xml");
  const xml = readFileSync(path, "utf8");
  expect(checkManifest(xml, siteContext(path, xml, productionUrl))).toEqual([]);
});

test("the pages load their bundles and Office.js", () => {
  const pane = readFileSync(join(out, "taskpane.html"), "utf8");
  expect(pane).toMatch(/<script[^>]+src="?taskpane\.[0-9a-f]{8}\.js/);
  expect(pane).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect(readFileSync(join(out, "commands.html"), "utf8")).toMatch(/<script[^>]+src="?commands\.[0-9a-f]{8}\.js/);
});

test("a production URL that is not https stops the build", () => {
  const result = spawnSync(join(root, "node_modules/.bin/webpack"), ["--mode", "production", "--output-path", mkdtempSync(join(tmpdir(), "dist-"))], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ADDIN_PRODUCTION_URL: "http://tracker.city.example/" },
    timeout: 120_000,
  });
  expect(result.status).not.toBe(0);
  expect(`${result.stdout}${result.stderr}`).toContain('must use https: Office loads add-ins only over HTTPS');
}, 130_000);
