// The offline manifest checks: the real manifest passes, and each kind of defect is named precisely.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest, type ManifestContext } from "../../../scripts/manifest/checkManifest";
import { siteContext } from "../../../scripts/manifest/siteContext";

const root = join(__dirname, "../../..");
const manifestPath = join(root, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");
const context: ManifestContext = siteContext(manifestPath, manifest);

const errorsOf = (xml: string, ctx: ManifestContext = context) =>
  checkManifest(xml, ctx)
    .filter((issue) => issue.severity === "error")
    .map((issue) => issue.message);

/** Swaps the first occurrences of two single-line elements. */
function swapLines(xml: string, a: RegExp, b: RegExp): string {
  const lines = xml.split("\n");
  const i = lines.findIndex((line) => a.test(line));
  const j = lines.findIndex((line) => b.test(line));
  [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
  return lines.join("\n");
}

describe("the project's manifest", () => {
  test("passes every offline check with no warnings", () => {
    expect(checkManifest(manifest, context)).toEqual([]);
  });

  test("declares the Excel requirement set the code checks for", () => {
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
  });
});

describe("required elements and order", () => {
  test.each([
    ["Id", /<Id>.*<\/Id>\n/],
    ["Version", /<Version>.*<\/Version>\n/],
    ["DefaultLocale", /<DefaultLocale>.*<\/DefaultLocale>\n/],
    ["Permissions", /<Permissions>.*<\/Permissions>\n/],
  ])("a manifest without <%s> is rejected, naming the element", (name, pattern) => {
    expect(errorsOf(manifest.replace(pattern, ""))).toContain(`missing required element <${name}> in <OfficeApp>`);
  });

  test("misordered top-level elements are named", () => {
    const swapped = swapLines(manifest, /<DefaultLocale>/, /<ProviderName>/);
    expect(errorsOf(swapped)).toContain("<ProviderName> is out of order in <OfficeApp>: it must come before <DefaultLocale>");
  });

  test("misordered elements inside VersionOverrides are named", () => {
    const swapped = manifest.replace(
      /(<FunctionFile [^>]*\/>)(\s*)(<GetStarted>[\s\S]*?<\/GetStarted>)/,
      "$3$2$1",
    );
    const moved = swapped === manifest ? manifest.replace(/(\s*<GetStarted>[\s\S]*?<\/GetStarted>)(\s*<FunctionFile [^>]*\/>)/, "$2$1") : swapped;
    expect(errorsOf(moved)).toContain("<GetStarted> is out of order in <DesktopFormFactor>: it must come before <FunctionFile>");
  });

  test("an element under the wrong parent is named", () => {
    const misplaced = manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteDocument</Permissions>\n  <Label>x</Label>");
    expect(errorsOf(misplaced)).toContain("<Label> is not a valid child of <OfficeApp>");
  });

  test("a repeated single element is rejected", () => {
    const twice = manifest.replace(/(<Version>.*<\/Version>)/, "$1\n  $1");
    expect(errorsOf(twice)).toContain("<Version> may appear at most 1 time(s) in <OfficeApp>");
  });

  test("XML that is not well-formed is reported as such", () => {
    expect(errorsOf(manifest.replace("</OfficeApp>", ""))[0]).toMatch(/^not well-formed XML/);
  });
});

describe("values Office rejects", () => {
  test.each([
    ["a non-GUID Id", (x: string) => x.replace(/<Id>.*<\/Id>/, "<Id>not-a-guid</Id>"), '<Id> "not-a-guid" is not a GUID'],
    ["a bad Version", (x: string) => x.replace(/<Version>.*<\/Version>/, "<Version>v1</Version>"), '<Version> "v1" must look like 1.0.0.0'],
    ["an unknown permission", (x: string) => x.replace("ReadWriteDocument", "Everything"), '<Permissions> "Everything" must be one of Restricted, ReadDocument, ReadAllDocument, WriteDocument, ReadWriteDocument'],
    ["a non-Excel host", (x: string) => x.replace('<Host Name="Workbook"/>', '<Host Name="Document"/>'), '<Hosts> must declare <Host Name="Workbook"> for Excel'],
    ["a display name over 125 characters", (x: string) => x.replace('DisplayName DefaultValue="會議列管"', `DisplayName DefaultValue="${"長".repeat(126)}"`), "<DisplayName> DefaultValue is 126 characters; the limit is 125"],
    ["an empty description", (x: string) => x.replace(/<Description DefaultValue="[^"]*">/, '<Description DefaultValue="">'), "<Description> DefaultValue must not be empty"],
    ["a bad override locale", (x: string) => x.replace('<Override Locale="en-US" Value="Minutes Tracker"/>', '<Override Locale="english" Value="Minutes Tracker"/>'), '<Override> Locale "english" is not a culture name such as en-US'],
    ["another ExcelApi version than the code needs", (x: string) => x.replace('MinVersion="1.8"', 'MinVersion="1.1"'), '<Set Name="ExcelApi"> MinVersion is "1.1" but the code requires 1.8'],
  ])("%s", (_name, mutate, message) => {
    expect(errorsOf(mutate(manifest))).toContain(message);
  });
});

describe("resources", () => {
  test("a resid that is not defined", () => {
    expect(errorsOf(manifest.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Nope"/>'))).toContain(
      '<Label> refers to resid "Group.Nope", which <Resources> does not define',
    );
  });

  test("a resid of the wrong kind", () => {
    expect(errorsOf(manifest.replace('<Label resid="Group.Label"/>', '<Label resid="OpenPane.Tooltip"/>'))).toContain(
      '<Label> resid "OpenPane.Tooltip" must point into <ShortStrings>, not <LongStrings>',
    );
  });

  test("a resource id longer than 32 characters", () => {
    const long = "Group.Label.ThatIsMuchTooLongForOffice";
    expect(errorsOf(manifest.split("Group.Label").join(long))).toContain(`resource id "${long}" is longer than 32 characters`);
  });

  test("a long string over 250 characters", () => {
    const xml = manifest.replace(/(<bt:String id="OpenPane.Tooltip" DefaultValue=")[^"]*"/, `$1${"字".repeat(251)}"`);
    expect(errorsOf(xml)).toContain("<String> DefaultValue is 251 characters; the limit is 250");
  });
});

describe("URLs and icons", () => {
  test("a URL that is not https", () => {
    const xml = manifest.replace('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>');
    expect(errorsOf(xml)).toContain('<SourceLocation> URL "http://localhost:3000/taskpane.html" must use https');
  });

  test("a page the site does not have", () => {
    const xml = manifest.replace("https://localhost:3000/commands.html", "https://localhost:3000/missing.html");
    expect(errorsOf(xml)).toContain('<Url> URL "https://localhost:3000/missing.html" points to "missing.html", which the site does not have');
  });

  test("an icon of the wrong size", () => {
    const xml = manifest.replace('<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>');
    expect(errorsOf(xml)).toContain('<Image> URL "https://localhost:3000/assets/icon-64.png" is 64×64 px; it must be 80×80');
  });

  test("a URL outside the add-in's base URL", () => {
    const xml = manifest.replace("https://localhost:3000/support.html", "https://example.com/support.html");
    expect(errorsOf(xml)).toContain('<SupportUrl> URL "https://example.com/support.html" is not under the add-in\'s base URL https://localhost:3000/');
  });

  test("every issue carries the line of the offending element", () => {
    const xml = manifest.replace(/<Id>.*<\/Id>/, "<Id>x</Id>");
    const issue = checkManifest(xml, context).find((i) => i.message.startsWith("<Id>"));
    expect(issue?.line).toBe(manifest.split("\n").findIndex((line) => line.includes("<Id>")) + 1);
  });
});
