// Tests for parseMinutes: unusable input, bad input that is still read, the sample minutes, and speed.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseMinutes } from "../../src/minutes/parseMinutes";
import { errorOf } from "../domain/support";
import { HEADER, parsed, secretariat } from "./support";
import { asShown, lineMessages, zhMessage } from "./records";

const SAMPLE = readFileSync(join(__dirname, "../fixtures/secretariat-110.txt"), "utf8");

describe("unusable input fails with a one-line reason", () => {
  test.each([
    ["empty text", "", "會議紀錄是空白的：沒有任何文字"],
    ["only blank lines and a BOM", "\uFEFF\r\n  \r\n\u3000\n", "會議紀錄是空白的：沒有任何文字"],
    ["binary data", "PK\u0003\u0004\u0000\u0000word/document.xml", "內容含有二進位資料，不是文字格式的會議紀錄"],
  ])("%s", (_name, text, message) => {
    const error = errorOf(parseMinutes(text, { registry: secretariat }));
    expect(error).toBe(message);
    expect(error).not.toContain("\n");
  });
});

describe("minutes without a header are read, and say what is missing", () => {
  test("no title and no date: warnings, and the items are still read", () => {
    const record = parsed("主席裁示事項：\n一、請總務組辦理宿舍修繕。\n二、請人事室於5月底前完成考核。");
    expect(record.meeting.number).toBeNull();
    expect(record.meeting.date).toBeNull();
    expect(record.items.map((i) => i.divisions)).toEqual([["總務組"], ["人事室"]]);
    expect(record.warnings.map(zhMessage)).toEqual(
      expect.arrayContaining([expect.stringContaining("找不到會議標頭"), expect.stringContaining("找不到會議次別")]),
    );
  });

  test("only an impossible date: the date stays null and the warning names it", () => {
    const record = parsed("時間：111年2月30日上午9時\n會議結論：洽悉。");
    expect(record.meeting.date).toBeNull();
    expect(record.warnings.map(zhMessage)).toEqual(
      expect.arrayContaining([expect.stringContaining("會議日期無法換算"), expect.stringContaining("找不到會議標頭")]),
    );
  });

  test("nothing to track: the warning names the sections it saw", () => {
    const record = parsed("臺北市政府秘書處第 120 次處務會議紀錄\n壹、報告事項\n一、各組業務報告。\n會議結論：洽悉。");
    expect(record.items).toEqual([]);
    expect(record.warnings.map(zhMessage).at(-1)).toBe(
      "沒有找到任何新列管事項或列管裁示（看到的段落：壹、報告事項、一、各組業務報告、一、各組業務報告 會議結論）；請在匯入檢視中手動加入，或確認內容是否為會議紀錄",
    );
  });
});

describe("bad input is read, with warnings naming the line", () => {
  test("a header date that does not exist leaves the date null", () => {
    const record = parsed(
      "臺北市政府秘書處第 115 次處務會議紀錄\n時間：111年2月30日上午9時\n會議結論：\n(一) 請總務組於112年3月底前完成。",
    );
    expect(record.meeting.date).toBeNull();
    expect(record.meeting.startTime).toBe("09:00");
    expect(record.items[0]?.dueDate).toBe("2023-03-31");
    expect(lineMessages(record.warnings)).toEqual([
      { line: 2, message: "會議日期無法換算：日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天" },
    ]);
  });

  test("an item beginning with = is kept as text", () => {
    const record = parsed(`${HEADER}會議結論：\n(一) =HYPERLINK("http://example.org","請總務組辦理")`);
    expect(record.items[0]?.text).toBe('=HYPERLINK("http://example.org","請總務組辦理")');
    expect(lineMessages(record.warnings)).toEqual([{ line: 4, message: "列管案件 11001：內容以「=」開頭，將以文字存入試算表" }]);
  });

  test("an unbalanced bracket is a warning and the entry is still read", () => {
    const record = parsed(`${HEADER}會議結論：\n（一 請政風室於4月底前完成財產申報宣導。\n（二）請人事室辦理。`);
    expect(record.items.map((i) => [i.caseId, i.divisions, i.dueDate])).toEqual([
      ["11001", ["政風室"], "2022-04-30"],
      ["11002", ["人事室"], null],
    ]);
    expect(lineMessages(record.warnings)).toEqual([{ line: 4, message: "項次「（一」缺少右括號" }]);
  });

  test("a duplicated item number is a warning naming both lines", () => {
    const record = parsed(`${HEADER}會議結論：\n(一) 請會計室辦理。\n(二) 請總務組辦理。\n(二) 請人事室辦理。`);
    expect(record.items.map((i) => i.caseId)).toEqual(["11001", "11002", "11003"]);
    expect(lineMessages(record.warnings)).toEqual([{ line: 6, message: "項次「(二)」重複：第 5 行已有「(二)」" }]);
  });

  test("a case id without a ruling is a warning and not an item", () => {
    const record = parsed(`${HEADER}會議結論：\n(一) 列管案號 11205，請總務組持續追蹤。`);
    expect(record.items).toEqual([]);
    expect(record.decisions).toEqual([]);
    expect(lineMessages(record.warnings)).toEqual([
      { line: 1, message: "沒有找到任何新列管事項或列管裁示（看到的段落：會議結論）；請在匯入檢視中手動加入，或確認內容是否為會議紀錄" },
      { line: 4, message: "列管案號 11205 未見裁示（解除列管、賡續列管或自行列管）" },
    ]);
  });

  test("a case ruled two different ways is a warning", () => {
    const record = parsed(`${HEADER}會議結論：\n(一) 列管案號 10801 解除列管。\n(二) 列管案號 10801 賡續列管。`);
    expect(record.decisions.map((d) => [d.caseId, d.decision])).toEqual([
      ["10801", "closed"],
      ["10801", "continued"],
    ]);
    expect(lineMessages(record.warnings)).toEqual([{ line: 5, message: "列管案號 10801 有不同的裁示：第 4 行與第 5 行不一致" }]);
  });

  test("the same ruling stated twice is kept once", () => {
    const record = parsed(`${HEADER}一、列管案號 10801 解除列管。\n會議結論：\n(一) 列管案號 10801 同意解除列管。`);
    expect(record.decisions.map((d) => [d.caseId, d.line])).toEqual([["10801", 3]]);
  });
});

describe("nothing throws, whatever the text", () => {
  // A fixed linear congruential generator keeps the inputs the same on every run.
  const pieces = [
    "第",
    "110",
    "次",
    "處務會議",
    "時間：",
    "111年",
    "2月30日",
    "會議結論：",
    "(一)",
    "（二",
    "1.",
    "壹、",
    "一、",
    "請",
    "總務組",
    "各組室",
    "列管案號",
    "9903",
    "解除列管",
    "兩案",
    "；",
    "。",
    "\n",
    "\r\n",
    "**",
    "### ",
    "- ",
    "=",
    "二週內",
    "本（4）月底前",
    "第5季",
    "0日內",
    "散會",
    "主席：",
    "\u3000",
    "\uFEFF",
    "9999個工作天內",
    "民國",
  ];
  let seed = 20220317;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };

  test.each(Array.from({ length: 200 }, (_, i) => i))("random minutes #%d", () => {
    const length = next() % 80;
    const text = Array.from({ length }, () => pieces[next() % pieces.length] ?? "").join("");
    expect(() => parseMinutes(text, { registry: secretariat })).not.toThrow();
  });
});

describe("the sample minutes (第 110 次處務會議)", () => {
  const record = parsed(SAMPLE);

  test("the header", () => {
    expect(record.meeting).toEqual({
      organization: "臺北市政府秘書處",
      name: "處務會議",
      number: 110,
      date: "2022-03-17",
      startTime: "10:00",
      endTime: "10:50",
      location: "視訊會議",
      chair: "陳志銘",
      recorder: "許菁芳",
      attendees: "如簽到表",
    });
  });

  test("the rulings on earlier cases", () => {
    const by = (decision: string): string[] =>
      record.decisions.filter((d) => d.decision === decision).map((d) => d.caseId);
    expect(by("closed")).toEqual(["9903", "10902", "10903", "10801", "10901"]);
    expect(by("continued")).toEqual(["9904", "10502", "10803"]);
    expect(by("self-tracked")).toEqual([]);
  });

  test("the conclusions that assign work, with their divisions", () => {
    expect(record.items.map((i) => [i.caseId, i.line, i.divisions])).toEqual([
      ["11001", 31, ["市政大樓公共事務管理中心"]],
      ["11002", 65, ["總務組"]],
      ["11003", 66, ["各組"]],
      ["11004", 67, ["國際事務組"]],
      ["11005", 69, []],
      ["11006", 70, []],
      ["11007", 72, ["各組室", "市政大樓公共事務管理中心"]],
      ["11008", 73, ["市政大樓公共事務管理中心"]],
      ["11009", 74, ["市政大樓公共事務管理中心"]],
    ]);
  });

  test("no date in the sample's conclusions is a deadline", () => {
    expect(record.items.map((i) => [i.dueDate, i.dueText])).toEqual(record.items.map(() => [null, null]));
  });

  test("it matches the expected JSON in test/fixtures/minutes", () => {
    const expected: unknown = JSON.parse(
      readFileSync(join(__dirname, "../fixtures/minutes/secretariat-110.expected.json"), "utf8"),
    );
    expect(asShown(record)).toEqual(expected);
  });
});

describe("speed: parsing grows linearly with the text", () => {
  const body = SAMPLE.slice(SAMPLE.indexOf("壹、"));
  const minutesOf = (bytes: number): string => {
    const parts = [SAMPLE];
    let size = Buffer.byteLength(SAMPLE);
    while (size < bytes) {
      parts.push(body);
      size += Buffer.byteLength(body) + 1;
    }
    return parts.join("\n");
  };
  const fastest = (text: string): number => {
    let best = Infinity;
    for (let run = 0; run < 4; run++) {
      const start = performance.now();
      parseMinutes(text, { registry: secretariat });
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  test("1 MB of minutes, and a quarter of it", () => {
    const quarter = fastest(minutesOf(250_000));
    const full = fastest(minutesOf(1_000_000));
    // The 100 ms target is for `npm run bench`; under jest's instrumentation and a busy machine this
    // guards against anything quadratic with room to spare.
    expect(full).toBeLessThan(1000);
    expect(full / Math.max(quarter, 1)).toBeLessThan(8);
  });

  test("one enormous line", () => {
    const line = `${HEADER}會議結論：\n(一) 請總務組${"於7月31日前完成，".repeat(50_000)}`;
    const start = performance.now();
    expect(parseMinutes(line, { registry: secretariat }).ok).toBe(true);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
