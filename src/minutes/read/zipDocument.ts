// Opens a zip container and says which office document it is, by what is inside rather than by its name.
import JSZip from "jszip";
import { fail, ok, type Result } from "../../domain";

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

/** Opens zip bytes; a truncated or damaged archive is an error, never a throw. */
export async function openZip(bytes: Uint8Array): Promise<Result<JSZip>> {
  try {
    return ok(await JSZip.loadAsync(bytes));
  } catch {
    return fail("是損壞的壓縮檔，無法開啟（.docx 或 .odt 文件可能不完整或已損毀）");
  }
}

async function odfMimeType(zip: JSZip): Promise<string | undefined> {
  const entry = zip.file("mimetype");
  if (entry === null) return undefined;
  try {
    return (await entry.async("string")).trim();
  } catch {
    return undefined;
  }
}

/**
 * Which document the zip holds: `word/document.xml` makes it Word (.docx), a `mimetype` entry of
 * `application/vnd.oasis.opendocument.text` makes it ODF text (.odt). Anything else is an error
 * that names what it is when we can tell (a spreadsheet, a presentation) or says it is neither.
 *
 * @example
 * await identifyZipDocument(await JSZip.loadAsync(docxBytes)) //=> ok("docx")
 */
export async function identifyZipDocument(zip: JSZip): Promise<Result<ZipDocumentFormat>> {
  if (zip.file("word/document.xml") !== null) return ok("docx");
  const mimeType = await odfMimeType(zip);
  if (mimeType !== undefined && ODF_TEXT_TYPES.has(mimeType)) return ok("odt");
  const other = OTHER_OFFICE_FILES.find((o) => zip.file(o.entry) !== null)?.kind ?? (mimeType === undefined ? undefined : OTHER_ODF_TYPES[mimeType]);
  if (other !== undefined) return fail(`是 ${other}，不是會議紀錄文件：請提供 .docx、.odt 或文字檔`);
  return fail("是壓縮檔，但不是 Word（.docx）或 ODF 文字（.odt）文件");
}
