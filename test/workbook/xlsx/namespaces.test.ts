// SpreadsheetML written with a namespace prefix (<x:sheetData>) is read, not refused with 找不到表格.
import JSZip from "jszip";
import { withoutMainPrefix } from "../../../src/workbook/xlsx/namespaces";
import { unwrap } from "../../domain/support";
import { caseRow, fileStore, write } from "./support";
import { planProgress } from "../../../src/workbook/caseActions";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

describe("withoutMainPrefix", () => {
  test.each([
    ["a prefixed worksheet", `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"/></x:sheetData></x:worksheet>`, `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:x="${MAIN}"><sheetData><row r="1"/></sheetData></worksheet>`],
    ["strict, another prefix", `<s:table xmlns:s="${STRICT}" id="1"><s:tableColumns count="1"/></s:table>`, `<table xmlns="${STRICT}" xmlns:s="${STRICT}" id="1"><tableColumns count="1"/></table>`],
    ["prefixed with the same default declared", `<x:sst xmlns="${MAIN}" xmlns:x="${MAIN}"><x:si><t>a</t></x:si></x:sst>`, `<sst xmlns="${MAIN}" xmlns:x="${MAIN}"><si><t>a</t></si></sst>`],
    ["other prefixes are kept", `<x:worksheet xmlns:x="${MAIN}" xmlns:mc="m"><mc:AlternateContent/></x:worksheet>`, `<worksheet xmlns="${MAIN}" xmlns:x="${MAIN}" xmlns:mc="m"><mc:AlternateContent/></worksheet>`],
  ])("%s is read unprefixed", (_name, xml, expected) => expect(withoutMainPrefix(xml)).toBe(expected));

  test.each([
    ["an unprefixed part", `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`],
    ["relationships", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1"/></Relationships>`],
    ["a prefix of another namespace", `<p:worksheet xmlns:p="urn:other"><p:sheetData/></p:worksheet>`],
    ["another default namespace beside the prefix", `<x:worksheet xmlns:x="${MAIN}" xmlns="urn:other"><x:sheetData/></x:worksheet>`],
  ])("%s is left as it is", (_name, xml) => expect(withoutMainPrefix(xml)).toBe(xml));
});

/** Every SpreadsheetML part of the file rewritten with the prefix x: on its unprefixed elements, as an OpenXML SDK writer does. */
async function prefixed(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, file] of Object.entries(zip.files)) {
    if (!path.startsWith("xl/") || !path.endsWith(".xml")) continue;
    const xml = await file.async("string");
    if (!xml.includes(`xmlns="${MAIN}"`)) continue;
    zip.file(
      path,
      xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (_whole, slash: string, name: string) => `<${slash}x:${name}`),
    );
  }
  return zip.generateAsync({ type: "uint8array" });
}

test("a workbook whose parts use <x:sheetData> is read and updated, and reads the same afterwards", async () => {
  const { holder, store } = fileStore();
  unwrap(await store.update(write({ cases: [caseRow("11001", { lead: ["總務組"] }), caseRow("11002", { lead: ["文書組"] })] })));
  const before = unwrap(await store.read());
  holder.bytes = await prefixed(holder.bytes ?? new Uint8Array());
  const sheetXml = await (await JSZip.loadAsync(holder.bytes)).file("xl/worksheets/sheet4.xml")?.async("string");
  expect(sheetXml).toContain("<x:sheetData>");

  expect(unwrap(await store.read())).toEqual(before);
  unwrap(await store.update(planProgress("11002", "已函請各單位配合", { now: "2022-04-01T10:00:00+08:00", by: "許菁芳" })));
  const after = unwrap(await store.read());
  expect(after.cases.find((c) => c.caseId === "11002")?.progress).toBe("已函請各單位配合");
  expect(after.history).toHaveLength(before.history.length + 1);
});
