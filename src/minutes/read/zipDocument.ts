// Opens a zip container under caps (boundedZip.ts) and says which office document it is, by what is
// inside rather than by its name.
import { ok, type Result } from "../../domain";
import type { OtherDocument } from "../../problems";
import { refuse } from "./refusal";
import { BoundedZip, ZIP_LIMITS, type ZipLimits } from "./boundedZip";

/** The two document formats minutes arrive in; both are zips. */
export type ZipDocumentFormat = "docx" | "odt";

const ODF_TEXT_TYPES: ReadonlySet<string> = new Set([
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.text-template",
]);

/** Zips that are office files, just not minutes: named so the user knows what they picked. */
const OTHER_OFFICE_FILES: readonly { readonly entry: string; readonly kind: OtherDocument }[] = [
  { entry: "xl/workbook.xml", kind: "xlsx" },
  { entry: "ppt/presentation.xml", kind: "pptx" },
];

const OTHER_ODF_TYPES: Readonly<Record<string, OtherDocument>> = {
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/vnd.oasis.opendocument.presentation": "odp",
  "application/vnd.oasis.opendocument.graphics": "odg",
};

/**
 * Opens zip bytes for bounded reading; a truncated or damaged archive, too many entries or too much
 * declared content is an error, never a throw.
 */
export function openZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Promise<Result<BoundedZip>> {
  return BoundedZip.open(bytes, limits);
}

async function odfMimeType(zip: BoundedZip): Promise<string | undefined> {
  const text = await zip.text("mimetype");
  return text.ok ? text.value?.trim() : undefined;
}

/**
 * Which document the zip holds: `word/document.xml` makes it Word (.docx), a `mimetype` entry of
 * `application/vnd.oasis.opendocument.text` makes it ODF text (.odt). Anything else is an error
 * that names what it is when we can tell (a spreadsheet, a presentation) or says it is neither.
 *
 * @example
 * await identifyZipDocument(unwrap(await openZip(docxBytes))) //=> ok("docx")
 */
export async function identifyZipDocument(zip: BoundedZip): Promise<Result<ZipDocumentFormat>> {
  if (zip.has("word/document.xml")) return ok("docx");
  const mimeType = await odfMimeType(zip);
  if (mimeType !== undefined && ODF_TEXT_TYPES.has(mimeType)) return ok("odt");
  const other = OTHER_OFFICE_FILES.find((o) => zip.has(o.entry))?.kind ?? (mimeType === undefined ? undefined : OTHER_ODF_TYPES[mimeType]);
  if (other !== undefined) return refuse({ kind: "otherOffice", document: other });
  return refuse({ kind: "zipNotDocument" });
}
