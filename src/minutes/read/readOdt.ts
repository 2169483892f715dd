// Reads the text of an ODF text document (.odt): content.xml (and styles.xml) inflated under the caps of
// BoundedZip, then through odtContentToText.
import { fail, type Result } from "../../domain";
import type { BoundedZip } from "./boundedZip";
import { odtContentToText } from "./odtText";

/**
 * The text of an opened .odt zip, one line per paragraph.
 *
 * @example
 * await readOdt(unwrap(await openZip(odtBytes))) //=> ok("臺北市政府秘書處第 110 次處務會議紀錄\n…")
 */
export async function readOdt(zip: BoundedZip): Promise<Result<string>> {
  const content = await zip.text("content.xml");
  if (!content.ok) return fail(`是 ODF 文件，但 ${content.error}`);
  const xml = content.value;
  if (xml === undefined) return fail("是 ODF 文件，但缺少 content.xml（檔案可能已損毀）");
  // Named list styles (and so the numbering of lists that use them) live in styles.xml; a styles.xml
  // too big to read is a failure too, rather than numbering silently left out.
  const styles = await zip.text("styles.xml");
  if (!styles.ok) return fail(`是 ODF 文件，但 ${styles.error}`);
  const text = odtContentToText(xml, styles.value);
  return text.ok ? text : fail(`是 ODF 文件，但 ${text.error}`);
}
