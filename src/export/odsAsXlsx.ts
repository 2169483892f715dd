// The standalone pane keeps its workbook as .xlsx: an .ods the user opens (one this add-in wrote, or
// LibreOffice saved from it) is read (readOds.ts) and written into a new .xlsx built from the schema.
import { ok, type Result } from "../domain";
import { BytesInMemory, FileStore } from "../workbook/xlsx";
import { isOds, readWorkbookOds } from "./readOds";

/** The bytes to keep for a picked file: an .xlsx as it is, an .ods converted (and renamed to .xlsx). */
export async function odsAsXlsx(name: string, bytes: Uint8Array): Promise<Result<{ name: string; bytes: Uint8Array }>> {
  if (!isOds(bytes)) return ok({ name, bytes });
  const read = await readWorkbookOds(bytes);
  if (!read.ok) return read;
  const { meetings, cases, history, divisions, settings } = read.value;
  const target = new BytesInMemory();
  const written = await new FileStore(target, name).update(() => ok({ changes: { meetings, cases, history, divisions, settings }, result: true }));
  if (!written.ok) return written;
  if (target.bytes === null) return { ok: false, error: `無法把「${name}」轉成 .xlsx` };
  return ok({ name: name.replace(/\.ods$/iu, "") + ".xlsx", bytes: target.bytes });
}
