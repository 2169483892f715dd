// Reading a minutes file from disk for the CLI: size checked before loading, read as text, .docx or
// .odt, and parsed with the given divisions; every failure a one-line CliInputError naming the file.
import { readFile, stat } from "node:fs/promises";
import type { DivisionRegistry } from "../domain";
import { parseMinutes, type MeetingRecord } from "../minutes";
import { checkMinutesSize, readMinutes } from "../minutes/read";
import { CliInputError } from "./cliError";

// Structural, not instanceof: errors from Node's fs belong to another realm under jest's VM.
function fsReason(error: unknown): string {
  const field = (name: string) => (typeof error === "object" && error !== null && name in error ? String((error as Record<string, unknown>)[name]) : "");
  const code = field("code");
  if (code === "ENOENT" || code === "ENOTDIR") return "找不到這個檔案";
  if (code === "EACCES" || code === "EPERM") return "沒有讀取權限";
  return (field("message") || String(error)).split("\n")[0] ?? code;
}

/** The file's bytes; the size is checked first, so a huge file is never loaded. */
export async function readMinutesBytes(path: string): Promise<Uint8Array> {
  const unreadable = (reason: string) => new CliInputError(`無法讀取檔案「${path}」：${reason}`);
  const info = await stat(path).catch((error: unknown) => {
    throw unreadable(fsReason(error));
  });
  if (info.isDirectory()) throw unreadable("這是資料夾，不是檔案");
  const size = checkMinutesSize(info.size, path);
  if (!size.ok) throw new CliInputError(size.error);
  return new Uint8Array(
    await readFile(path).catch((error: unknown) => {
      throw unreadable(fsReason(error));
    }),
  );
}

export interface MinutesFile {
  readonly bytes: Uint8Array;
  readonly record: MeetingRecord;
}

/** Reads and parses the minutes in `path`, naming divisions through `registry`. */
export async function readMinutesFile(path: string, registry: DivisionRegistry): Promise<MinutesFile> {
  const bytes = await readMinutesBytes(path);
  const read = await readMinutes(bytes, path);
  if (!read.ok) throw new CliInputError(read.error);
  const parsed = parseMinutes(read.value.text, { registry });
  if (!parsed.ok) throw new CliInputError(`檔案「${path}」${parsed.error}`);
  return { bytes, record: parsed.value };
}
