// Opens a zip container under caps (boundedZip.ts) and says which office document it is, by what is
// inside rather than by its name.
import { fail, ok, type Result } from "../../domain";
import { BoundedZip, ZIP_LIMITS, type ZipLimits } from "./boundedZip";

/** The two document formats minutes arrive in; both are zips. */
export type ZipDocumentFormat = "docx" | "odt";

const ODF_TEXT_TYPES: ReadonlySet<string> = new Set([
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.text-template",
]);

/** Zips that are office files, just not minutes: named so the user knows what they picked. */
const OTHER_OFFICE_FILES: readonly { readonly entry: string; readonly kind: string }[] = [
  { entry: "xl/workbook.xml", kind: "Excel 活頁簿（.xlsx）" },
  { entry: "ppt/presentation.xml", kind: "PowerPoint 簡報（.pptx）" },
];

const OTHER_ODF_TYPES: Readonly<Record<string, string>> = {
  "application/vnd.oasis.opendocument.spreadsheet": "ODF 試算表（.ods）",
  "application/vnd.oasis.opendocument.presentation": "ODF 簡報（.odp）",
  "application/vnd.oasis.opendocument.graphics": "ODF 繪圖（.odg）",
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
  if (other !== undefined) return fail(`是 ${other}，不是會議紀錄文件：請提供 .docx、.odt 或文字檔`);
  return fail("是壓縮檔，但不是 Word（.docx）或 ODF 文字（.odt）文件");
}
