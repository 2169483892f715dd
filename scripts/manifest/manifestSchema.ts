// The order and cardinality of the XML manifest elements this add-in uses, taken from Microsoft's
// manifest XSDs (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd). Office refuses a
// manifest whose children are out of sequence, so the validator walks the document against this tree.

export interface ChildRule {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly children?: readonly ChildRule[];
}

const many = Number.POSITIVE_INFINITY;
const one = (name: string, children?: readonly ChildRule[]): ChildRule => ({ name, min: 1, max: 1, children });
const opt = (name: string, children?: readonly ChildRule[]): ChildRule => ({ name, min: 0, max: 1, children });
const some = (name: string, min: number, children?: readonly ChildRule[]): ChildRule => ({ name, min, max: many, children });

const localeOverrides = [some("Override", 0, [])];
const icon = [some("Image", 1, [])];
const supertip = [one("Title", []), one("Description", [])];
const action = [opt("TaskpaneId", []), opt("FunctionName", []), opt("SourceLocation", []), opt("Title", [])];
const control = [one("Label", []), one("Supertip", supertip), one("Icon", icon), one("Action", action)];
const group = [one("Label", []), one("Icon", icon), some("Control", 1, control)];
const strings = [some("String", 1, [some("Override", 0, [])])];

const versionOverridesHost = [
  opt("Runtimes"),
  opt("AllFormFactors"),
  one("DesktopFormFactor", [
    opt("GetStarted", [one("Title", []), one("Description", []), opt("LearnMoreUrl", [])]),
    opt("FunctionFile", []),
    some("ExtensionPoint", 0, [
      some("CustomTab", 0),
      some("OfficeTab", 0, [some("Group", 1, group)]),
      some("OfficeMenu", 0),
    ]),
  ]),
];

/** Children of <OfficeApp xsi:type="TaskPaneApp">, in the order the XSD requires. */
export const TASK_PANE_APP: readonly ChildRule[] = [
  one("Id", []),
  opt("AlternateId", []),
  one("Version", []),
  one("ProviderName", []),
  one("DefaultLocale", []),
  one("DisplayName", localeOverrides),
  one("Description", localeOverrides),
  opt("IconUrl", localeOverrides),
  opt("HighResolutionIconUrl", localeOverrides),
  opt("SupportUrl", localeOverrides),
  opt("AppDomains", [some("AppDomain", 0, [])]),
  opt("Hosts", [some("Host", 1, [])]),
  opt("Requirements", [opt("Sets", [some("Set", 1, [])]), opt("Methods")]),
  one("DefaultSettings", [one("SourceLocation", localeOverrides), opt("RequestedWidth", []), opt("RequestedHeight", [])]),
  one("Permissions", []),
  opt("AllowSnapshot", []),
  opt("Dictionary"),
  opt("VersionOverrides", [
    opt("Description", []),
    opt("Requirements"),
    one("Hosts", [some("Host", 1, versionOverridesHost)]),
    opt("Resources", [
      opt("Images", [some("Image", 1, [])]),
      opt("Urls", [some("Url", 1, [])]),
      opt("ShortStrings", strings),
      opt("LongStrings", strings),
    ]),
    opt("WebApplicationInfo"),
    opt("EquivalentAddins"),
  ]),
  opt("ExtendedOverrides"),
];

export const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

/** Pixel sizes Office accepts for ribbon images (bt:Image size). */
export const RIBBON_IMAGE_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];

export const LIMITS = { shortString: 125, longString: 250, url: 2048, resid: 32 } as const;

/** Which resource table a resid may point at, by the element that carries it. */
export const RESID_KIND: Readonly<Record<string, "Images" | "Urls" | "ShortStrings" | "LongStrings">> = {
  Image: "Images",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};
