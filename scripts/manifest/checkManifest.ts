// Offline checks of the XML add-in manifest: element order and presence, values Office rejects,
// resource references, URLs, and the icon files behind them. Each issue names the element and line.
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import { LIMITS, PERMISSIONS, RESID_KIND, RIBBON_IMAGE_SIZES, TASK_PANE_APP, type ChildRule } from "./manifestSchema";

export interface ManifestIssue {
  readonly severity: "error" | "warning";
  readonly line: number | undefined;
  readonly message: string;
}

/** What the checks need to know about the site the manifest points at. */
export interface ManifestContext {
  /** Base URL every manifest URL must start with (the dev server or the production site). */
  readonly baseUrl: string;
  /** Whether a page or asset at this site-relative path exists (e.g. "assets/icon-32.png"). */
  readonly exists: (relativePath: string) => boolean;
  /** Pixel size of a PNG at this site-relative path, or undefined when it is not a readable PNG. */
  readonly imageSize: (relativePath: string) => { width: number; height: number } | undefined;
  /** The Excel requirement set version the code expects the manifest to declare. */
  readonly excelApiVersion?: string;
}

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};
const GUID = /^(urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const CULTURE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,2}$/i;

export function checkManifest(xml: string, context: ManifestContext): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const report = (severity: ManifestIssue["severity"], node: XmlElement | undefined, message: string) =>
    issues.push({ severity, line: node?.lineNumber, message });

  const parsed = parseXml(xml);
  if (typeof parsed === "string") return [{ severity: "error", line: undefined, message: `not well-formed XML: ${parsed}` }];
  const root = parsed;

  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) {
    report("error", root, `root element must be <OfficeApp> in ${NS.app}, found <${root.tagName}>`);
    return issues;
  }
  const type = root.getAttributeNS(NS.xsi, "type");
  if (type !== "TaskPaneApp") report("error", root, `<OfficeApp> xsi:type must be "TaskPaneApp", found "${type ?? ""}"`);

  checkSequence(root, TASK_PANE_APP, report);
  checkValues(root, report, context);
  checkResources(root, report);
  checkUrls(root, report, context);
  return issues;
}

/** The root element, or the parser's first complaint (xmldom throws on fatal errors, reports the rest). */
function parseXml(xml: string): XmlElement | string {
  const complaints: string[] = [];
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") complaints.push(message);
      },
    }).parseFromString(xml, "text/xml");
    const first = complaints[0];
    if (first !== undefined) return first.split("\n")[0] ?? first;
    return doc.documentElement ?? "no root element";
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "unreadable";
  }
}

type Report = (severity: ManifestIssue["severity"], node: XmlElement | undefined, message: string) => void;

/** Element children of `node` (all, or those named `localName`); none when there is no node. */
function elementChildren(node: XmlElement | undefined, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let item = node?.firstChild; item; item = item.nextSibling) {
    if (item.nodeType !== item.ELEMENT_NODE) continue;
    const element = item as XmlElement;
    if (localName === undefined || element.localName === localName) out.push(element);
  }
  return out;
}

function descendants(node: XmlElement | undefined, localName: string): XmlElement[] {
  if (!node) return [];
  const found = node.getElementsByTagNameNS("*", localName);
  const out: XmlElement[] = [];
  for (let i = 0; i < found.length; i++) {
    const element = found.item(i);
    if (element) out.push(element);
  }
  return out;
}

function child(node: XmlElement | undefined, localName: string): XmlElement | undefined {
  return elementChildren(node, localName)[0];
}

/** Walks the children of `node` against an XSD-style sequence and recurses where the rule says how. */
function checkSequence(node: XmlElement, rules: readonly ChildRule[], report: Report): void {
  const seen = new Map<string, number>();
  let position = 0;
  let previous: XmlElement | undefined;
  for (const element of elementChildren(node)) {
    const name = element.localName ?? element.tagName;
    const index = rules.findIndex((rule) => rule.name === name);
    const rule = rules[index];
    if (!rule) {
      report("error", element, `<${name}> is not a valid child of <${node.localName}>`);
      continue;
    }
    if (index < position && previous) {
      report("error", element, `<${name}> is out of order in <${node.localName}>: it must come before <${previous.localName}>`);
    } else {
      position = index;
      previous = element;
    }
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > rule.max) report("error", element, `<${name}> may appear at most ${rule.max} time(s) in <${node.localName}>`);
    if (rule.children) checkSequence(element, rule.children, report);
  }
  for (const rule of rules) {
    if ((seen.get(rule.name) ?? 0) < rule.min) {
      report("error", node, `missing required element <${rule.name}> in <${node.localName}>`);
    }
  }
}

function checkLength(report: Report, node: XmlElement, what: string, value: string | null, max: number): void {
  if (value === null || value.trim() === "") report("error", node, `${what} must not be empty`);
  else if (value.length > max) report("error", node, `${what} is ${value.length} characters; the limit is ${max}`);
}

/** Checks DefaultValue and every <Override Value> of a locale-aware setting. */
function checkSetting(report: Report, node: XmlElement | undefined, max: number): void {
  if (!node) return;
  checkLength(report, node, `<${node.localName}> DefaultValue`, node.getAttribute("DefaultValue"), max);
  for (const override of elementChildren(node, "Override")) {
    const locale = override.getAttribute("Locale") ?? "";
    if (!CULTURE.test(locale)) report("error", override, `<Override> Locale "${locale}" is not a culture name such as en-US`);
    checkLength(report, override, `<${node.localName}> override for ${locale}`, override.getAttribute("Value"), max);
  }
}

function checkValues(root: XmlElement, report: Report, context: ManifestContext): void {
  const text = (name: string) => child(root, name)?.textContent?.trim() ?? "";
  const id = child(root, "Id");
  if (id && !GUID.test(text("Id"))) report("error", id, `<Id> "${text("Id")}" is not a GUID`);
  const version = child(root, "Version");
  if (version && !VERSION.test(text("Version"))) report("error", version, `<Version> "${text("Version")}" must look like 1.0.0.0`);
  const locale = child(root, "DefaultLocale");
  if (locale && !CULTURE.test(text("DefaultLocale"))) report("error", locale, `<DefaultLocale> "${text("DefaultLocale")}" is not a culture name`);
  const provider = child(root, "ProviderName");
  if (provider) checkLength(report, provider, "<ProviderName>", text("ProviderName"), LIMITS.shortString);
  checkSetting(report, child(root, "DisplayName"), LIMITS.shortString);
  checkSetting(report, child(root, "Description"), LIMITS.longString);

  const permissions = child(root, "Permissions");
  if (permissions && !PERMISSIONS.includes(text("Permissions"))) {
    report("error", permissions, `<Permissions> "${text("Permissions")}" must be one of ${PERMISSIONS.join(", ")}`);
  }

  const hosts = elementChildren(child(root, "Hosts"), "Host");
  if (!hosts.some((host) => host.getAttribute("Name") === "Workbook")) {
    report("error", child(root, "Hosts") ?? root, `<Hosts> must declare <Host Name="Workbook"> for Excel`);
  }

  const excelSet = descendants(child(root, "Requirements"), "Set").find((s) => s.getAttribute("Name") === "ExcelApi");
  if (!excelSet) {
    report("error", child(root, "Requirements") ?? root, `<Requirements> must declare <Set Name="ExcelApi" MinVersion="...">`);
  } else if (context.excelApiVersion && excelSet.getAttribute("MinVersion") !== context.excelApiVersion) {
    report(
      "error",
      excelSet,
      `<Set Name="ExcelApi"> MinVersion is "${excelSet.getAttribute("MinVersion") ?? ""}" but the code requires ${context.excelApiVersion}`,
    );
  }
}

function checkResources(root: XmlElement, report: Report): void {
  const overrides = child(root, "VersionOverrides");
  if (!overrides) return;
  const resources = child(overrides, "Resources");
  const defined = new Map<string, string>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as const) {
    for (const entry of elementChildren(child(resources, kind))) {
      const id = entry.getAttribute("id") ?? "";
      if (!id) report("error", entry, `<${entry.localName}> in <${kind}> has no id`);
      else if (defined.has(id)) report("error", entry, `resource id "${id}" is defined twice`);
      else defined.set(id, kind);
      if (id.length > LIMITS.resid) report("error", entry, `resource id "${id}" is longer than ${LIMITS.resid} characters`);
      if (kind === "ShortStrings") checkSetting(report, entry, LIMITS.shortString);
      if (kind === "LongStrings") checkSetting(report, entry, LIMITS.longString);
    }
  }

  const used = new Set<string>();
  for (const element of descendants(child(overrides, "Hosts"), "*")) {
    const resid = element.getAttribute("resid");
    if (resid === null) continue;
    used.add(resid);
    const expected = RESID_KIND[element.localName ?? ""];
    const actual = defined.get(resid);
    if (!actual) report("error", element, `<${element.localName}> refers to resid "${resid}", which <Resources> does not define`);
    else if (expected && actual !== expected) {
      report("error", element, `<${element.localName}> resid "${resid}" must point into <${expected}>, not <${actual}>`);
    }
  }
  for (const [id, kind] of defined) {
    if (!used.has(id)) report("warning", resources, `resource "${id}" in <${kind}> is never used`);
  }

  const ids = new Map<string, XmlElement>();
  for (const element of [...descendants(overrides, "Group"), ...descendants(overrides, "Control")]) {
    const id = element.getAttribute("id") ?? "";
    if (!id) report("error", element, `<${element.localName}> needs an id`);
    else if (ids.has(id)) report("error", element, `<${element.localName}> id "${id}" is used twice`);
    else ids.set(id, element);
  }
}

/** Every URL the manifest declares, with the pixel size an image must have (when it is an image). */
function declaredUrls(root: XmlElement): { node: XmlElement; url: string; size?: number }[] {
  const urls: { node: XmlElement; url: string; size?: number }[] = [];
  const add = (node: XmlElement | undefined, size?: number) => {
    if (!node) return;
    const value = node.getAttribute("DefaultValue");
    if (value !== null) urls.push({ node, url: value, size });
    for (const override of elementChildren(node, "Override")) {
      const overrideValue = override.getAttribute("Value");
      if (overrideValue !== null) urls.push({ node: override, url: overrideValue, size });
    }
  };
  add(child(root, "IconUrl"), 32);
  add(child(root, "HighResolutionIconUrl"), 64);
  add(child(root, "SupportUrl"));
  add(child(child(root, "DefaultSettings"), "SourceLocation"));

  const overrides = child(root, "VersionOverrides");
  const resources = child(overrides, "Resources");
  const imageSizes = new Map<string, Set<number>>();
  for (const image of descendants(child(overrides, "Hosts"), "Image")) {
    const size = Number(image.getAttribute("size"));
    const resid = image.getAttribute("resid") ?? "";
    imageSizes.set(resid, (imageSizes.get(resid) ?? new Set()).add(size));
  }
  for (const image of elementChildren(child(resources, "Images"))) {
    const sizes = [...(imageSizes.get(image.getAttribute("id") ?? "") ?? [])];
    add(image, sizes.length === 1 ? sizes[0] : undefined);
  }
  for (const url of elementChildren(child(resources, "Urls"))) add(url);
  return urls;
}

function checkUrls(root: XmlElement, report: Report, context: ManifestContext): void {
  for (const image of descendants(root, "Image")) {
    const size = image.getAttribute("size");
    if (size !== null && !RIBBON_IMAGE_SIZES.includes(Number(size))) {
      report("error", image, `<Image size="${size}"> must be one of ${RIBBON_IMAGE_SIZES.join(", ")}`);
    }
  }
  for (const { node, url, size } of declaredUrls(root)) {
    const where = `<${node.localName}> URL "${url}"`;
    if (url.length > LIMITS.url) {
      report("error", node, `${where} is longer than ${LIMITS.url} characters`);
      continue;
    }
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      report("error", node, `${where} is not an absolute URL`);
      continue;
    }
    if (parsed.protocol !== "https:") {
      report("error", node, `${where} must use https`);
      continue;
    }
    if (!url.startsWith(context.baseUrl)) {
      report("error", node, `${where} is not under the add-in's base URL ${context.baseUrl}`);
      continue;
    }
    const path = decodeURIComponent(parsed.pathname.slice(new URL(context.baseUrl).pathname.length));
    if (!context.exists(path)) {
      report("error", node, `${where} points to "${path}", which the site does not have`);
      continue;
    }
    if (size !== undefined) {
      const actual = context.imageSize(path);
      if (!actual) report("error", node, `${where} is not a readable PNG image`);
      else if (actual.width !== size || actual.height !== size) {
        report("error", node, `${where} is ${actual.width}×${actual.height} px; it must be ${size}×${size}`);
      }
    }
  }
}
