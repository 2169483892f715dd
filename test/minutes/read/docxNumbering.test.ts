// Word's automatic numbering as text: labels from numbering.xml, counters as Word keeps them.
import mammoth from "mammoth";
import { DocxNumbering, insertListNumbers } from "../../../src/minutes/read/docxNumbering";
import { fixture } from "./support";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

interface LevelSpec {
  readonly fmt: string;
  readonly text: string;
  readonly start?: number;
  readonly suff?: string;
  readonly restart?: number;
  readonly legal?: boolean;
  readonly pStyle?: string;
}

function lvl(ilvl: number, l: LevelSpec): string {
  return (
    `<w:lvl w:ilvl="${ilvl}">${l.start === undefined ? "" : `<w:start w:val="${l.start}"/>`}<w:numFmt w:val="${l.fmt}"/>` +
    `${l.restart === undefined ? "" : `<w:lvlRestart w:val="${l.restart}"/>`}${l.pStyle === undefined ? "" : `<w:pStyle w:val="${l.pStyle}"/>`}` +
    `${l.legal ? "<w:isLgl/>" : ""}${l.suff === undefined ? "" : `<w:suff w:val="${l.suff}"/>`}<w:lvlText w:val="${l.text}"/></w:lvl>`
  );
}

/** 處務會議 style: level 0 (一), level 1 1., level 2 (1). */
const MINUTES_LEVELS = lvl(0, { fmt: "taiwaneseCountingThousand", text: "(%1)", start: 1, suff: "space" }) + lvl(1, { fmt: "decimal", text: "%2.", start: 1, suff: "nothing" }) + lvl(2, { fmt: "decimal", text: "(%3)", start: 1, suff: "nothing" });

function numberingXml(abstracts: string, nums: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${abstracts}${nums}</w:numbering>`;
}

const abstract = (id: number, levels: string, extra = "") => `<w:abstractNum w:abstractNumId="${id}">${extra}${levels}</w:abstractNum>`;
const num = (id: number, abstractId: number, overrides = "") => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const startOverride = (ilvl: number, start: number) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`;

/** A paragraph as Word writes it: properties first, then runs. */
function p(text: string, numId?: number, ilvl?: number, style?: string): string {
  const numPr = numId === undefined ? "" : `<w:numPr>${ilvl === undefined ? "" : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
  const pStyle = style === undefined ? "" : `<w:pStyle w:val="${style}"/>`;
  const pPr = numPr === "" && pStyle === "" ? "" : `<w:pPr>${pStyle}${numPr}</w:pPr>`;
  return `<w:p>${pPr}<w:r><w:t>${text}</w:t></w:r></w:p>`;
}

/** The labels (or "") of each paragraph, read back from the rewritten XML. */
function labels(paragraphs: string[], numbering: string, styles?: string): string[] {
  const xml = insertListNumbers(`<w:document ${W}><w:body>${paragraphs.join("")}</w:body></w:document>`, new DocxNumbering(numbering, styles));
  return [...xml.matchAll(/<w:p>(?:<w:pPr>[\s\S]*?<\/w:pPr>)?(<w:r><w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>)?/g)].map((m) => m[2] ?? "");
}

describe("insertListNumbers writes the label Word shows", () => {
  test("a minutes list: (一) (二) with 1. 2. under them, restarting under each", () => {
    const numbering = numberingXml(abstract(1, MINUTES_LEVELS), num(5, 1));
    expect(labels([p("會議結論："), p("甲", 5, 0), p("甲1", 5, 1), p("甲2", 5, 1), p("乙", 5, 0), p("乙1", 5, 1), p("乙1a", 5, 2)], numbering)).toEqual([
      "",
      "(一) ",
      "1.",
      "2.",
      "(二) ",
      "1.",
      "(1)",
    ]);
  });

  test.each([
    ["tab (Word's default)", undefined, "1.\t"],
    ["space", "space", "1. "],
    ["nothing", "nothing", "1."],
  ])("the suffix: %s", (_name, suff, label) => {
    const numbering = numberingXml(abstract(1, lvl(0, { fmt: "decimal", text: "%1.", start: 1, ...(suff === undefined ? {} : { suff }) })), num(1, 1));
    expect(labels([p("甲", 1, 0)], numbering)).toEqual([label]);
  });

  test("two w:num over one abstract definition share the counter (Word continues the list)", () => {
    const numbering = numberingXml(abstract(1, MINUTES_LEVELS), num(1, 1) + num(2, 1));
    expect(labels([p("a", 1, 0), p("b", 1, 0), p("c", 2, 0), p("d", 1, 0)], numbering)).toEqual(["(一) ", "(二) ", "(三) ", "(四) "]);
  });

  test("a startOverride restarts the shared counter where that w:num is first used", () => {
    const numbering = numberingXml(abstract(1, MINUTES_LEVELS), num(1, 1) + num(2, 1, startOverride(0, 1)));
    expect(labels([p("a", 1, 0), p("b", 1, 0), p("c", 2, 0), p("d", 2, 0), p("e", 1, 0)], numbering)).toEqual(["(一) ", "(二) ", "(一) ", "(二) ", "(三) "]);
  });

  test("separate abstract definitions count separately", () => {
    const numbering = numberingXml(abstract(1, MINUTES_LEVELS) + abstract(2, MINUTES_LEVELS), num(1, 1) + num(2, 2));
    expect(labels([p("a", 1, 0), p("b", 2, 0), p("c", 1, 0)], numbering)).toEqual(["(一) ", "(一) ", "(二) "]);
  });

  test("an omitted start is zero (ECMA-376 17.9.25)", () => {
    const numbering = numberingXml(abstract(1, lvl(0, { fmt: "decimal", text: "%1.", suff: "nothing" })), num(1, 1));
    expect(labels([p("a", 1, 0), p("b", 1, 0)], numbering)).toEqual(["0.", "1."]);
  });

  test("multi-level labels and legal numbering", () => {
    const levels = lvl(0, { fmt: "taiwaneseCountingThousand", text: "%1、", start: 1, suff: "nothing" }) + lvl(1, { fmt: "decimal", text: "%1.%2", start: 1, suff: "nothing", legal: true });
    const numbering = numberingXml(abstract(1, levels), num(1, 1));
    expect(labels([p("a", 1, 0), p("b", 1, 1), p("c", 1, 1)], numbering)).toEqual(["一、", "1.1", "1.2"]);
  });

  test("lvlRestart 0: a level that never restarts", () => {
    const levels = lvl(0, { fmt: "decimal", text: "%1.", start: 1, suff: "nothing" }) + lvl(1, { fmt: "lowerLetter", text: "%2)", start: 1, suff: "nothing", restart: 0 });
    const numbering = numberingXml(abstract(1, levels), num(1, 1));
    expect(labels([p("a", 1, 0), p("b", 1, 1), p("c", 1, 0), p("d", 1, 1)], numbering)).toEqual(["1.", "a)", "2.", "b)"]);
  });

  test("bullets, numId 0 and unknown lists carry no label", () => {
    const levels = lvl(0, { fmt: "bullet", text: "", start: 1 });
    const numbering = numberingXml(abstract(1, levels) + abstract(2, MINUTES_LEVELS), num(1, 1) + num(2, 2));
    expect(labels([p("a", 1, 0), p("b", 0, 0), p("c", 9, 0), p("d", 2)], numbering)).toEqual(["", "", "", "(一) "]);
  });

  test("numbering from a paragraph style, through basedOn, with the level from the definition's pStyle", () => {
    const levels = lvl(0, { fmt: "ideographLegalTraditional", text: "%1、", start: 1, suff: "nothing", pStyle: "Section" }) + lvl(1, { fmt: "taiwaneseCountingThousand", text: "%2、", start: 1, suff: "nothing", pStyle: "Topic" });
    const numbering = numberingXml(abstract(1, levels), num(3, 1));
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Section"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Topic"><w:basedOn w:val="Section"/></w:style></w:styles>`;
    expect(labels([p("報告事項", undefined, undefined, "Section"), p("宣達", undefined, undefined, "Topic"), p("辦理情形", undefined, undefined, "Topic"), p("討論事項", undefined, undefined, "Section")], numbering, styles)).toEqual([
      "壹、",
      "一、",
      "二、",
      "貳、",
    ]);
  });

  test("numStyleLink: a list style that points at the real definition", () => {
    const numbering = numberingXml(abstract(1, "", '<w:numStyleLink w:val="MinutesList"/>') + abstract(2, MINUTES_LEVELS, '<w:styleLink w:val="MinutesList"/>'), num(1, 1) + num(2, 2));
    const styles = `<w:styles ${W}><w:style w:type="numbering" w:styleId="MinutesList"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>`;
    expect(labels([p("a", 1, 0), p("b", 1, 0)], numbering, styles)).toEqual(["(一) ", "(二) "]);
  });

  test("the old numbering inside w:pPrChange (tracked formatting) is ignored", () => {
    const numbering = numberingXml(abstract(1, MINUTES_LEVELS), num(1, 1));
    const changed = '<w:p><w:pPr><w:pPrChange w:id="1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>不再編號</w:t></w:r></w:p>';
    expect(labels([changed, p("a", 1, 0)], numbering)).toEqual(["", "(一) "]);
  });

  test("labels are escaped, and empty paragraphs and a document without lists are left alone", () => {
    const numbering = numberingXml(abstract(1, lvl(0, { fmt: "decimal", text: "&lt;%1&gt;&amp;", start: 1, suff: "nothing" })), num(1, 1));
    const xml = insertListNumbers(`<w:body ${W}><w:p/>${p("a", 1, 0)}</w:body>`, new DocxNumbering(numbering, undefined));
    expect(xml).toContain('<w:t xml:space="preserve">&lt;1&gt;&amp;</w:t>');
    const plain = `<w:body>${p("a")}</w:body>`;
    expect(insertListNumbers(plain, new DocxNumbering(numberingXml("", ""), undefined))).toBe(plain);
  });

  test("any prefix, and Strict OOXML's namespace: the run takes the paragraph's own", () => {
    const numbering = numberingXml(abstract(1, MINUTES_LEVELS), num(1, 1));
    const strict = '<x:document xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"><x:body><x:p><x:pPr><x:numPr><x:ilvl x:val="0"/><x:numId x:val="1"/></x:numPr></x:pPr><x:r><x:t>甲</x:t></x:r></x:p></x:body></x:document>';
    expect(insertListNumbers(strict, new DocxNumbering(numbering, undefined))).toBe(
      '<x:document xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"><x:body><x:p><x:pPr><x:numPr><x:ilvl x:val="0"/><x:numId x:val="1"/></x:numPr></x:pPr><x:r><x:t xml:space="preserve">(一) </x:t></x:r><x:r><x:t>甲</x:t></x:r></x:p></x:body></x:document>',
    );
  });

  test("a numbered paragraph with no text yet gets its label after the properties; DrawingML's a:p is no paragraph", () => {
    const numbering = numberingXml(abstract(1, MINUTES_LEVELS), num(1, 1));
    const xml = `<w:document ${W} xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body><a:p/><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>${p("乙", 1, 0)}</w:body></w:document>`;
    const out = insertListNumbers(xml, new DocxNumbering(numbering, undefined));
    expect(out).toContain('<a:p/><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">(一) </w:t></w:r></w:p>');
    expect(out).toContain('<w:r><w:t xml:space="preserve">(二) </w:t></w:r><w:r><w:t>乙</w:t></w:r>');
  });

  test("the document comes back as the same string when no paragraph is numbered, or xmldom cannot read it", () => {
    const numbering = new DocxNumbering(numberingXml(abstract(1, MINUTES_LEVELS), num(1, 1)), undefined);
    const unnumbered = `<w:document ${W}><w:body><w:p><w:pPr></w:pPr><w:r><w:t>甲</w:t></w:r></w:p></w:body></w:document>`;
    expect(insertListNumbers(unnumbered, numbering)).toBe(unnumbered);
    const broken = `<w:document ${W}><w:body>${p("甲", 1, 0)}`;
    expect(insertListNumbers(broken, numbering)).toBe(broken);
  });

  test("broken numbering.xml or styles.xml means no labels, not a failure", () => {
    expect(labels([p("a", 1, 0)], "<w:numbering", "<w:styles")).toEqual([""]);
  });
});

test("mammoth alone drops Word's list numbers: why insertListNumbers exists", async () => {
  const raw = await mammoth.extractRawText({ buffer: Buffer.from(fixture("minutes/reader-features.docx")) });
  expect(raw.value).toContain("\n\n請總務組於 4 月底前完成宿舍說明會。\n\n說明會場地\n\n");
});
