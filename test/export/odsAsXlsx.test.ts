import { odsAsXlsx } from "../../src/export/odsAsXlsx";
import { writeWorkbookOds } from "../../src/export/workbookOds";
import { DEFAULT_DIVISIONS } from "../../src/domain";
import { emptyCase, emptyWorkbook } from "../../src/workbook/model";
import { BytesInMemory, FileStore } from "../../src/workbook/xlsx";
import { d } from "../report/fixtures";

describe("opening an .ods in the standalone pane", () => {
  it("keeps it as an .xlsx with the same data", async () => {
    const data = {
      ...emptyWorkbook(),
      cases: [{ ...emptyCase("11002"), meeting: 110, lead: ["總務組"], text: "宿舍", dueDate: d("2022-05-31"), dueText: "5月底前" }],
      history: [{ caseId: "11002", meeting: 111, date: d("2022-05-02"), event: "proposal" as const, detail: "【總務組】擬辦：建議解除列管；辦理情形：完成", by: "承辦人", at: "2022-05-02T01:00:00.000Z" }],
      divisions: DEFAULT_DIVISIONS,
    };
    const kept = await odsAsXlsx("列管.ods", await writeWorkbookOds(data, "2022-05-02T09:00:00+08:00"));
    if (!kept.ok) throw new Error(kept.error);
    expect(kept.value.name).toBe("列管.xlsx");
    const read = await new FileStore(new BytesInMemory(kept.value.bytes), kept.value.name).read();
    expect(read).toEqual({ ok: true, value: data });
  });

  it("passes an .xlsx through unchanged", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    expect(await odsAsXlsx("列管.xlsx", bytes)).toEqual({ ok: true, value: { name: "列管.xlsx", bytes } });
  });
});
