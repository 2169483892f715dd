// Reading .docx through mammoth: one line per paragraph, manual line breaks kept, Word's list numbers restored.
import JSZip from "jszip";
import { markLineBreaks, readDocx } from "../../../src/minutes/read/readDocx";
import { openZip } from "../../../src/minutes/read/zipDocument";
import { FEATURES_TEXT, SAMPLE_TEXT, errorOf, fixture, unwrap } from "./support";

async function read(path: string): Promise<string> {
  const bytes = fixture(path);
  return unwrap(await readDocx(unwrap(await openZip(bytes))));
}

describe("markLineBreaks turns Word line breaks into text mammoth keeps", () => {
  test.each([
    ["a plain break", "<w:r><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r>", "<w:r><w:t>甲</w:t><w:t>\u2028</w:t><w:t>乙</w:t></w:r>"],
    ["a text-wrapping break", '<w:br w:type="textWrapping"/>', "<w:t>\u2028</w:t>"],
    ["a break with clear", '<w:br w:type="textWrapping" w:clear="all" />', "<w:t>\u2028</w:t>"],
    ["a carriage return", "<w:cr/>", "<w:t>\u2028</w:t>"],
    ["an open-and-close break", "<w:br></w:br>", "<w:t>\u2028</w:t>"],
    ["a page break stays", '<w:br w:type="page"/>', '<w:br w:type="page"/>'],
    ["a column break stays", "<w:br w:type='column'/>", "<w:br w:type='column'/>"],
    ["similar names are not breaks", "<w:brk/><w:crop/>", "<w:brk/><w:crop/>"],
  ])("%s", (_name, xml, expected) => {
    expect(markLineBreaks(xml)).toBe(expected);
  });
});

describe("readDocx", () => {
  test("the sample saved by Writer as .docx reads back as the sample text", async () => {
    expect(await read("minutes/secretariat-110.docx")).toBe(SAMPLE_TEXT);
  });

  test("lists with their numbers, a line break, spaces, a tab, escapes and a table; footnote and comment left out", async () => {
    expect(await read("minutes/reader-features.docx")).toBe(FEATURES_TEXT);
  });

  test("a document without word/document.xml", async () => {
    const zip = new JSZip();
    zip.file("word/other.xml", "<x/>");
    const opened = unwrap(await openZip(await zip.generateAsync({ type: "uint8array" })));
    expect(errorOf(await readDocx(opened))).toBe("是 Word 文件，但缺少 word/document.xml（檔案可能已損毀）");
  });

  test("a document whose XML is broken", async () => {
    const zip = await JSZip.loadAsync(fixture("minutes/secretariat-110.docx"));
    zip.file("word/document.xml", "<w:document><w:body>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(errorOf(await readDocx(unwrap(await openZip(bytes))))).toBe("是 Word 文件，但內容無法讀取（檔案可能已損毀）");
  });
});
