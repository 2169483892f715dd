// `npm run eval`: scores the minutes parser on the labelled real minutes and prints, per document and in
// total, header fields, rulings, item recall and precision, lead owners and due dates.
// `--verbose` lists every missed item, extra item and wrong owner or date; `--json` prints the scores.
import { loadCorpus, scoreCorpusDocument } from "./corpus";
import { percent, totalOf, type Counts } from "./score";

const verbose = process.argv.includes("--verbose");
const json = process.argv.includes("--json");
const only = process.argv.find((arg) => !arg.startsWith("--") && arg !== process.argv[0] && arg !== process.argv[1]);

const docs = loadCorpus().filter((doc) => only === undefined || doc.slug.includes(only));
const scores = docs.map((doc) => ({ doc, score: scoreCorpusDocument(doc) }));
const totals = totalOf(scores.map((s) => s.score));

function row(name: string, s: Counts): string {
  return [
    name.padEnd(34),
    `${s.headerRight}/${s.headerTotal}`.padStart(7),
    `${s.rulingsRight}/${s.rulingsLabelled}(+${s.rulingsFound - s.rulingsRight})`.padStart(11),
    `${s.itemsMatched}/${s.itemsLabelled}`.padStart(7),
    percent(s.itemsMatched, s.itemsLabelled).padStart(7),
    percent(s.itemsMatched, s.itemsFound).padStart(7),
    `${s.leadsRight}/${s.leadsLabelled}`.padStart(7),
    `${s.datesRight}/${s.datesLabelled}`.padStart(7),
    String(s.datesWrong).padStart(5),
  ].join(" ");
}

if (json) {
  console.log(JSON.stringify({ totals, documents: scores.map(({ doc, score }) => ({ slug: doc.slug, ...score })) }, null, 2));
} else {
  console.log(`Minutes parser on ${docs.length} real documents (${new Set(docs.map((d) => d.labels.agency)).size} agencies, ${new Set(docs.map((d) => d.labels.kind)).size} kinds)\n`);
  console.log(["document".padEnd(34), "header".padStart(7), "rulings".padStart(11), "items".padStart(7), "recall".padStart(7), "prec.".padStart(7), "lead".padStart(7), "due".padStart(7), "wrong".padStart(5)].join(" "));
  for (const { doc, score } of scores) {
    console.log(row(doc.slug, score) + (score.rejected === null ? "" : `  REJECTED: ${score.rejected}`));
    if (!verbose) continue;
    for (const w of score.headerWrong) console.log(`    header ${w.field}: expected ${JSON.stringify(w.expected)}, got ${JSON.stringify(w.got)}`);
    for (const m of score.missed) console.log(`    missed: ${m.text.slice(0, 50)}`);
    for (const e of score.extra) console.log(`    extra (line ${e.line}): ${e.text.slice(0, 50).replace(/\n/gu, " ")}`);
    for (const l of score.leadMistakes) console.log(`    lead: expected ${l.expected}, got ${l.got ?? "none"}: ${l.text.slice(0, 30)}`);
    for (const d of score.dateMistakes) console.log(`    due: expected ${d.expected ?? "none"}, got ${d.got}: ${d.text.slice(0, 30)}`);
  }
  console.log(row("TOTAL", totals));
  console.log(`
header fields right  ${percent(totals.headerRight, totals.headerTotal)} (${totals.headerRight}/${totals.headerTotal})
rulings right        ${percent(totals.rulingsRight, totals.rulingsLabelled)} (${totals.rulingsRight}/${totals.rulingsLabelled}, ${totals.rulingsFound - totals.rulingsRight} extra)
item recall          ${percent(totals.itemsMatched, totals.itemsLabelled)} (${totals.itemsMatched}/${totals.itemsLabelled})
item precision       ${percent(totals.itemsMatched, totals.itemsFound)} (${totals.itemsMatched}/${totals.itemsFound})
lead owner right     ${percent(totals.leadsRight, totals.leadsLabelled)} (${totals.leadsRight}/${totals.leadsLabelled} matched items that name one)
due dates right      ${percent(totals.datesRight, totals.datesLabelled)} (${totals.datesRight}/${totals.datesLabelled}); wrong or invented: ${totals.datesWrong}
documents rejected   ${totals.rejected}`);
}
