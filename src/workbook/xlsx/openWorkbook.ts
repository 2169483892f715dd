// Opens workbook bytes for the store: the package, the schema tables located, and their data read.
import { ok, type Result } from "../../domain";
import { readTables, type ReadResult } from "./readTables";
import { locateTables, type Layouts } from "./tableLayout";
import { WorkbookFile } from "./workbookFile";

export interface OpenWorkbook {
  readonly file: WorkbookFile;
  readonly layouts: Layouts;
  readonly read: ReadResult;
}

/** The workbook in `bytes`, checked against the schema; `name` is how messages call the file. */
export async function openWorkbook(bytes: Uint8Array, name: string): Promise<Result<OpenWorkbook>> {
  const file = await WorkbookFile.open(bytes, name);
  if (!file.ok) return file;
  const layouts = locateTables(file.value);
  if (!layouts.ok) return layouts;
  const read = readTables(file.value, layouts.value);
  if (!read.ok) return read;
  return ok({ file: file.value, layouts: layouts.value, read: read.value });
}
