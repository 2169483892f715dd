// Reading a minutes file from disk for the CLI: size checked before loading, read as text, .docx or
// .odt, and parsed with the given divisions; every failure a one-line CliInputError naming the file.
import { readFile, stat } from "node:fs/promises";
import type { DivisionRegistry } from "../domain";
import { parseMinutes, type MeetingRecord } from "../minutes";
import { checkMinutesSize, readMinutes } from "../minutes/read";
import { locate, problem, type ProblemParams } from "../problems";
import { CliInputError } from "./cliError";

type Unreadable = ProblemParams<"file.unreadable">;

// Structural, not instanceof: errors from Node's fs belong to another realm under jest's VM.
function fsReason(error: unknown): Pick<Unreadable, "reason" | "detail"> {
  const field = (name: string) => (typeof error === "object" && error !== null && name in error ? String((error as Record<string, unknown>)[name]) : "");
  const code = field("code");
  if (code === "ENOENT" || code === "ENOTDIR") return { reason: "notFound", detail: code };
  if (code === "EACCES" || code === "EPERM") return { reason: "noPermission", detail: code };
  return { reason: "other", detail: (field("message") || String(error)).split("\n")[0] ?? code };
}

/** The file's bytes; the size is checked first, so a huge file is never loaded. */
export async function readMinutesBytes(path: string): Promise<Uint8Array> {
  const unreadable = (why: Pick<Unreadable, "reason" | "detail">) => new CliInputError(problem("file.unreadable", { path, ...why }));
  const info = await stat(path).catch((error: unknown) => {
    throw unreadable(fsReason(error));
  });
  if (info.isDirectory()) throw unreadable({ reason: "directory", detail: "" });
  const size = checkMinutesSize(info.size, path);
  if (!size.ok) throw CliInputError.from(size);
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
  if (!read.ok) throw CliInputError.from(read);
  const parsed = parseMinutes(read.value.text, { registry });
  if (!parsed.ok) throw parsed.problem ? new CliInputError(locate(parsed.problem, { file: path })) : new CliInputError(`檔案「${path}」${parsed.error}`);
  return { bytes, record: parsed.value };
}
