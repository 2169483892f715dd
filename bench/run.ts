// `npm run bench`: runs every benchmark and prints its figures (wall time on this machine).
import { cpus } from "node:os";
import { benchDomain } from "./domain";
import { type Figure } from "./measure";
import { benchParse } from "./parse";
import { benchExcelStore } from "./excelStore";
import { benchFileStore } from "./fileStore";
import { benchTaskpane } from "./taskpane";

const suites: { readonly title: string; readonly run: () => Promise<Figure[]> }[] = [
  { title: "Domain core", run: benchDomain },
  { title: "Minutes import", run: benchParse },
  { title: "Excel store (Office.js on the mock, Excel on the web limits)", run: benchExcelStore },
  { title: ".xlsx file store", run: benchFileStore },
  { title: "Task pane (production build; headless Chromium, standalone)", run: benchTaskpane },
  { title: "Outlook reminders (Graph test server on loopback, real SDK)", run: () => import("./reminders").then((m) => m.benchReminders()) },
  { title: "Guarantees (CLI in child processes: peak memory, bombs, two writers)", run: () => import("./guarantees").then((m) => m.benchGuarantees()) },
  { title: "辦理情形 report (file store .odt/.docx; Excel syncs on the fake)", run: () => import("./report").then((m) => m.benchReport()) },
];

async function main(): Promise<void> {
  console.log(`會議列管 benchmarks · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? "?"}`);
  for (const suite of suites) {
    console.log(`\n${suite.title}`);
    for (const figure of await suite.run()) console.log(`  ${figure.name.padEnd(60)} ${figure.value}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
