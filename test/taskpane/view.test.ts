// Small view helpers: the as-of date (the typed 基準日, else today in the workbook's zone), division
// lists, and the source hash of imported minutes.
import { asOfDate } from "../../src/taskpane/view/asOf";
import { sourceHash, fnv1a64 } from "../../src/taskpane/tabs/import/sourceHash";
import { ownersLabel } from "../../src/taskpane/view/owners";
import { d } from "./support";

test.each<[string, { asOf: ReturnType<typeof d> | null; timeZone: string }, string, string]>([
  ["a typed 基準日 wins", { asOf: d("2022-05-01"), timeZone: "Asia/Taipei" }, "2030-01-01T00:00:00Z", "2022-05-01"],
  ["=TODAY() is today in Taipei (already the next day at 16:00 UTC)", { asOf: null, timeZone: "Asia/Taipei" }, "2022-04-30T16:30:00Z", "2022-05-01"],
  ["another zone", { asOf: null, timeZone: "UTC" }, "2022-04-30T16:30:00Z", "2022-04-30"],
  ["an unknown zone falls back to Taipei", { asOf: null, timeZone: "Mars/Olympus" }, "2022-04-30T16:30:00Z", "2022-05-01"],
  ["an empty zone falls back to Taipei", { asOf: null, timeZone: "" }, "2022-04-30T16:30:00Z", "2022-05-01"],
])("%s", (_name, settings, now, expected) => {
  expect(asOfDate(settings, new Date(now))).toBe(expected);
});

test.each<[string, string[], string[], string]>([
  ["lead only", ["總務組"], [], "總務組"],
  ["lead and supporting", ["國際事務組"], ["媒體事務組", "資訊室"], "國際事務組／媒體事務組、資訊室"],
  ["two lead units", ["總務組", "文書組"], [], "總務組、文書組"],
  ["supporting only", [], ["資訊室"], "資訊室"],
  ["none", [], [], ""],
])("ownersLabel: %s", (_name, lead, supporting, label) => {
  expect(ownersLabel({ lead, supporting })).toBe(label);
});

describe("sourceHash", () => {
  const bytes = new TextEncoder().encode("第 110 次處務會議紀錄");

  test("SHA-256 hex with Web Crypto, as the CLI writes it", async () => {
    const { createHash } = await import("node:crypto");
    expect(await sourceHash(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  test("FNV-1a without Web Crypto, marked as such", async () => {
    expect(await sourceHash(bytes, null)).toBe(`fnv1a64:${fnv1a64(bytes)}`);
    expect(fnv1a64(new Uint8Array(0))).toBe("cbf29ce484222325");
    expect(fnv1a64(new TextEncoder().encode("a"))).toBe("af63dc4c8601ec8c");
  });
});
