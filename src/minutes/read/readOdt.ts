// Reads the text of an ODF text document (.odt): content.xml (and styles.xml) inflated under the caps of
// BoundedZip, then through odtContentToText.
import type { Result } from "../../domain";
import { reasonOf, refuse } from "./refusal";
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
  if (!content.ok) return refuse({ kind: "inDocument", format: "odt", inner: reasonOf(content) });
  const xml = content.value;
  if (xml === undefined) return refuse({ kind: "missingPart", format: "odt", part: "content.xml" });
  // Named list styles (and so the numbering of lists that use them) live in styles.xml; a styles.xml
  // too big to read is a failure too, rather than numbering silently left out.
  const styles = await zip.text("styles.xml");
  if (!styles.ok) return refuse({ kind: "inDocument", format: "odt", inner: reasonOf(styles) });
  const text = odtContentToText(xml, styles.value);
  return text.ok ? text : refuse({ kind: "inDocument", format: "odt", inner: reasonOf(text) });
}
