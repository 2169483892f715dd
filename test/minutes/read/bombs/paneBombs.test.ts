// The task pane reads a picked file with the same readMinutes as the CLI (ImportTab: file.arrayBuffer()
// → readMinutes), with mammoth's browser unzip. Bombs there are one line, fast, and never reach mammoth.
import mammoth from "mammoth";
import { readMinutes } from "../../../../src/minutes/read";
import { SAMPLE_TEXT, fixture } from "../support";
import { docxBomb, odtBomb } from "./makeBombs";

jest.mock("mammoth/lib/unzip", () => jest.requireActual<Record<string, unknown>>("mammoth/browser/unzip"));

afterEach(() => jest.restoreAllMocks());

test.each<[string, () => Uint8Array, string]>([
  ["紀錄.docx", () => docxBomb({ declaredBytes: 1024 }), "檔案「紀錄.docx」是 Word 文件，但 word/document.xml 解壓縮後超過 20 MB 上限（可能是惡意的壓縮炸彈），未讀取"],
  ["紀錄.odt", () => odtBomb({ declaredBytes: 1024 }), "檔案「紀錄.odt」是 ODF 文件，但 content.xml 解壓縮後超過 20 MB 上限（可能是惡意的壓縮炸彈），未讀取"],
])("%s that inflates to 100 MB is refused in one line in under 5 s, before mammoth", async (name, make, message) => {
  const bytes = new Uint8Array(make()); // what the pane hands over: new Uint8Array(await file.arrayBuffer())
  const extractRawText = jest.spyOn(mammoth, "extractRawText");
  const started = Date.now();
  const read = await readMinutes(bytes, name);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(read).toMatchObject({ ok: false, error: message, problem: { code: "minutes.fileUnreadable" } });
  expect(extractRawText).not.toHaveBeenCalled();
});

test("the same path reads the sample .docx through mammoth (the spy above sees mammoth's calls)", async () => {
  const extractRawText = jest.spyOn(mammoth, "extractRawText");
  const read = await readMinutes(fixture("minutes/secretariat-110.docx"), "紀錄.docx");
  expect(read.ok && read.value.text).toBe(SAMPLE_TEXT);
  expect(extractRawText).toHaveBeenCalledTimes(1);
});
