// Reads the text of an ODF text document (.odt): content.xml from the zip, through odtContentToText.
import type JSZip from "jszip";
import { fail, type Result } from "../../domain";
import { odtContentToText } from "./odtText";

/**
 * The text of an opened .odt zip, one line per paragraph.
 *
 * @example
 * await readOdt(await JSZip.loadAsync(odtBytes)) //=> ok("臺北市政府秘書處第 110 次處務會議紀錄\n…")
 */
export async function readOdt(zip: JSZip): Promise<Result<string>> {
  const entry = zip.file("content.xml");
  if (entry === null) return fail("是 ODF 文件，但缺少 content.xml（檔案可能已損毀）");
  let xml: string;
  try {
    xml = await entry.async("string");
  } catch {
    return fail("是 ODF 文件，但 content.xml 無法解壓縮（檔案可能已損毀）");
  }
  // Named list styles (and so the numbering of lists that use them) live in styles.xml.
  const styles = await zip.file("styles.xml")?.async("string").catch(() => undefined);
  const text = odtContentToText(xml, styles);
  return text.ok ? text : fail(`是 ODF 文件，但 ${text.error}`);
}
