// readDocx with mammoth's browser build of its unzip step, which reads only `arrayBuffer` (webpack picks it
// through mammoth's "browser" field); the Node build reads only `buffer`. The same call must serve both.
import { readDocx } from "../../../src/minutes/read/readDocx";
import { openZip } from "../../../src/minutes/read/zipDocument";
import { SAMPLE_TEXT, fixture, unwrap } from "./support";

jest.mock("mammoth/lib/unzip", () => jest.requireActual<Record<string, unknown>>("mammoth/browser/unzip"));

test("the browser build reads the sample .docx from an ArrayBuffer", async () => {
  const bytes = fixture("minutes/secretariat-110.docx");
  expect(unwrap(await readDocx(unwrap(await openZip(bytes))))).toBe(SAMPLE_TEXT);
});

test("and the browser unzip really is the one in use: it refuses Node's `buffer` alone", async () => {
  const mammoth = (await import("mammoth")).default;
  const buffer = Buffer.from(fixture("minutes/secretariat-110.docx"));
  await expect(mammoth.extractRawText({ buffer })).rejects.toThrow("Could not find file in options");
});
