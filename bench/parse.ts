// Benchmark of the minutes import: parseMinutes on ~1 MB of generated minutes, readMinutes on the sample documents.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { DEFAULT_DIVISIONS, createDivisionRegistry } from "../src/domain";
import { parseMinutes } from "../src/minutes/parseMinutes";
import { readMinutes } from "../src/minutes/read";
import { medianMs, type Figure } from "./measure";

const FIXTURES = join(__dirname, "..", "test", "fixtures");
const TARGET_BYTES = 1024 * 1024;
const RUNS = 9;
const WARM_UP = 3;
const timeMedian = (run: () => unknown) => medianMs(run, RUNS, WARM_UP);

// The divisions the sample names, rotated through so every repetition assigns work to other units.
const DIVISIONS = ["總務組", "文書組", "機要組", "國務組", "國際事務組", "市民服務組", "媒事組", "採購組", "人事室", "會計室", "政風室", "資訊室", "公管中心"];
const DIVISION = new RegExp(DIVISIONS.join("|"), "g");

// Deadlines in the wordings minutes use, added to the conclusions so the due-date rules do their share.
const DUE_WORDINGS = ["，並於{m}月底前完成", "，請於{m}月{d}日前回報", "，於二週內提出檢討", "，並於1個月內完成", "，請每月提報辦理情形", "，於本（{m}）月底前辦理完竣", "", ""];

/**
 * The sample's body with other numbers, for repetition k: case ids that never repeat (so rulings do
 * not contradict each other), other dates, other divisions, deadlines on the conclusions. The shapes
 * (headings, rulings, 補充報告, numbered conclusions) stay those of real minutes, so the parser does
 * the work it does on real input.
 */
function variedBody(body: string, k: number, next: { caseId: number; date: number }): string {
  const date = () => {
    const n = next.date++;
    return { m: (n % 12) + 1, d: (n % 28) + 1 };
  };
  return body
    .split("\n")
    .map((line) =>
      line
        .replace(/\b(?:9\d|1[01]\d)\d{2}\b/g, () => {
          const n = next.caseId++;
          return `${109 - Math.floor(n / 99)}${String((n % 99) + 1).padStart(2, "0")}`;
        })
        .replace(/\d{1,2}( ?)月\1\d{1,2}( ?)日/g, (_whole, a: string, b: string) => {
          const { m, d } = date();
          return `${m}${a}月${a}${d}${b}日`;
        })
        .replace(/\d{1,2}( ?)月底/g, (_whole, a: string) => `${date().m}${a}月底`)
        .replace(DIVISION, (name) => DIVISIONS[(DIVISIONS.indexOf(name) + k) % DIVISIONS.length] ?? name)
        .replace(/^(- \([一二三四五六七八九]\) .*)。$/, (_whole, item: string) => {
          const { m, d } = date();
          const due = (DUE_WORDINGS[(k + item.length) % DUE_WORDINGS.length] ?? "").replace("{m}", String(m)).replace("{d}", String(d));
          return `${item}${due}。`;
        }),
    )
    .join("\n");
}

/** A header, then the sample's body again and again with varied numbers until ~1 MB, then 散會. */
export function buildLargeMinutes(sample: string, targetBytes = TARGET_BYTES): string {
  const lines = sample.split("\n");
  const bodyStart = lines.findIndex((l) => l.startsWith("壹、"));
  const end = lines.findIndex((l) => l.startsWith("散會"));
  const header = lines.slice(0, bodyStart).join("\n");
  const body = lines.slice(bodyStart, end).join("\n");
  const parts = [header];
  let bytes = new TextEncoder().encode(header).length;
  const next = { caseId: 0, date: 0 };
  for (let k = 0; bytes < targetBytes; k++) {
    const part = variedBody(body, k, next);
    parts.push(part);
    bytes += new TextEncoder().encode(part).length + 1;
  }
  parts.push(lines.slice(end).join("\n"));
  return parts.join("\n");
}

const mb = (bytes: number) => bytes / (1024 * 1024);

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The large text as the sample document would hold it: the sample .docx/.odt with its body replaced, one paragraph per line. */
async function asDocument(text: string, format: "docx" | "odt"): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(join(FIXTURES, `minutes/secretariat-110.${format}`)));
  const lines = text.split("\n").map(escapeXml);
  if (format === "docx") {
    const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`).join("");
    zip.file("word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  } else {
    // ODF collapses spaces, so runs and edge spaces are written as <text:s>, as Writer does.
    const body = lines.map((l) => `<text:p>${l.replace(/ {2,}|^ | $/g, (spaces) => `<text:s text:c="${spaces.length}"/>`).replace(/\t/g, "<text:tab/>")}</text:p>`).join("");
    zip.file(
      "content.xml",
      `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    );
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Figures for `npm run bench`: the parser's throughput on ~1 MB, and how long reading a document takes. */
export async function benchParse(): Promise<Figure[]> {
  const sample = readFileSync(join(FIXTURES, "secretariat-110.txt"), "utf8");
  const registry = createDivisionRegistry(DEFAULT_DIVISIONS);
  if (!registry.ok) throw new Error(registry.error);
  const text = buildLargeMinutes(sample);
  const size = new TextEncoder().encode(text).length;

  const parsed = parseMinutes(text, { registry: registry.value });
  if (!parsed.ok) throw new Error(`the generated minutes do not parse: ${parsed.error}`);
  const parseMs = await timeMedian(() => parseMinutes(text, { registry: registry.value }));

  const figures: Figure[] = [
    { name: "parse: input", value: `${mb(size).toFixed(2)} MB, ${text.split("\n").length} lines` },
    { name: "parse: items found", value: `${parsed.value.items.length} items, ${parsed.value.decisions.length} rulings, ${parsed.value.warnings.length} warnings` },
    { name: `parse: median of ${RUNS}`, value: `${parseMs.toFixed(1)} ms (target < 100 ms)` },
    { name: "parse: throughput", value: `${(mb(size) / (parseMs / 1000)).toFixed(1)} MB/s` },
  ];

  const inputs: [string, Uint8Array][] = ["secretariat-110.docx", "secretariat-110.odt", "secretariat-110-big5.txt"].map((file) => [
    file,
    new Uint8Array(readFileSync(join(FIXTURES, "minutes", file))),
  ]);
  inputs.push(["1 MB as .docx", await asDocument(text, "docx")], ["1 MB as .odt", await asDocument(text, "odt")]);
  for (const [name, bytes] of inputs) {
    const read = await readMinutes(bytes, name);
    if (!read.ok) throw new Error(read.error);
    if (name.startsWith("1 MB") && read.value.text !== text) throw new Error(`${name} does not read back as the text`);
    const ms = await timeMedian(() => readMinutes(bytes, name));
    figures.push({ name: `readMinutes: ${name}`, value: `${ms.toFixed(ms < 10 ? 2 : 1)} ms (file ${(bytes.length / 1024).toFixed(1)} KB)` });
  }
  return figures;
}
