// The lint gates are on: the Office add-in rules catch the Excel mistakes they exist for, and the
// layer rules keep the core free of hosts, adapters and I/O.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

interface Case {
  readonly name: string;
  readonly file: string;
  readonly code: string;
  readonly rules: "office" | "layer";
  readonly expected: string[] | string;
}

const excelStore = "src/workbook/excel/excelStore.ts";
const officeRules = [
  "office-addins/call-sync-before-read",
  "office-addins/load-object-before-read",
  "office-addins/no-context-sync-in-loop",
  "office-addins/call-sync-after-load",
];

const cases: Case[] = [
  {
    name: "reading without load",
    file: "src/workbook/example.ts",
    code: `async function f(context: Excel.RequestContext) { const r = context.workbook.getSelectedRange(); await context.sync(); return r.values; }`,
    rules: "office",
    expected: "office-addins/load-object-before-read",
  },
  {
    name: "reading before sync",
    file: "src/workbook/example.ts",
    code: `async function f(context: Excel.RequestContext) { const r = context.workbook.getSelectedRange(); r.load("values"); const v = r.values; await context.sync(); return v; }`,
    rules: "office",
    expected: "office-addins/call-sync-before-read",
  },
  {
    name: "sync inside a loop",
    file: "src/workbook/example.ts",
    code: `async function f(context: Excel.RequestContext, n: number) { for (let i = 0; i < n; i++) { await context.sync(); } }`,
    rules: "office",
    expected: "office-addins/no-context-sync-in-loop",
  },
  { name: "domain importing an adapter", file: "src/domain/example.ts", code: `import { x } from "../workbook/excelStore"; export const y = x;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "domain importing the UI", file: "src/domain/example.ts", code: `import React from "react"; export const y = React;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "domain doing file I/O", file: "src/domain/example.ts", code: `import { readFileSync } from "node:fs"; export const y = readFileSync;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "minutes parser calling Excel", file: "src/minutes/example.ts", code: `export const f = () => Excel.run(async () => undefined);`, rules: "layer", expected: "no-restricted-globals" },
  { name: "minutes parser reading the clock", file: "src/minutes/example.ts", code: `export const today = () => new Date();`, rules: "layer", expected: "no-restricted-syntax" },
  { name: "minutes parser calling Date.now", file: "src/minutes/example.ts", code: `export const now = () => Date.now();`, rules: "layer", expected: "no-restricted-syntax" },
  { name: "the calendar plan importing the Graph adapter", file: "src/calendar/plan.ts", code: `import { x } from "./graph/client"; export const y = x;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "the calendar plan reading the clock", file: "src/calendar/plan.ts", code: `export const now = () => new Date();`, rules: "layer", expected: "no-restricted-syntax" },
  { name: "an adapter importing the task pane", file: "src/calendar/example.ts", code: `import { x } from "../taskpane/app"; export const y = x;`, rules: "layer", expected: "no-restricted-imports" },
  // the boundaries of the application-services layer (issue 13): each fails on a planted violation
  { name: "a ribbon command importing a task-pane tab", file: "src/commands/example.ts", code: `import { compareIds } from "../taskpane/tabs/cases/caseList"; export const y = compareIds;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "a ribbon command importing a task-pane view", file: "src/commands/example.ts", code: `import { asOfDate } from "../taskpane/view/asOf"; export const y = asOfDate;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "a ribbon command importing the pane's word catalogue", file: "src/commands/example.ts", code: `import { messagesFor } from "../taskpane/i18n/language"; export const y = messagesFor;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "a ribbon command using the services (allowed)", file: "src/commands/example.ts", code: `import { overdueSummary } from "../app"; export const y = overdueSummary;`, rules: "layer", expected: [] },
  { name: "a store importing the calendar", file: "src/workbook/example.ts", code: `import type { ReminderPlan } from "../calendar/plan"; export type Y = ReminderPlan;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "the Excel store importing the calendar", file: "src/workbook/excel/example.ts", code: `import { x } from "../../calendar"; export const y = x;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "the UI importing the Excel store's internals", file: "src/taskpane/example.ts", code: `import { ExcelStore } from "../workbook/excel/excelStore"; export const y = ExcelStore;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "a tab importing the file store's internals", file: "src/taskpane/tabs/example.tsx", code: `import { x } from "../../workbook/xlsx/tableWriter"; export const y = x;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "the UI using a store's public index (allowed)", file: "src/taskpane/example.ts", code: `import { createHostExcelStore } from "../workbook/excel"; export const y = createHostExcelStore;`, rules: "layer", expected: [] },
  { name: "the host check reading the Excel API floor (allowed)", file: "src/taskpane/example.ts", code: `import { REQUIRED_API } from "../workbook/excel/requirements"; export const y = REQUIRED_API;`, rules: "layer", expected: [] },
  { name: "a tab running a store plan itself", file: "src/taskpane/tabs/example.tsx", code: `import { planProgress } from "../../workbook/caseActions"; export const y = planProgress;`, rules: "layer", expected: "@typescript-eslint/no-restricted-imports" },
  { name: "the CLI applying a meeting itself", file: "src/cli/example.ts", code: `import { applyMeeting } from "../workbook/applyMeeting"; export const y = applyMeeting;`, rules: "layer", expected: "@typescript-eslint/no-restricted-imports" },
  { name: "the ribbon command writing through applyChanges", file: "src/commands/example.ts", code: `import { applyChanges } from "../workbook/mergeChanges"; export const y = applyChanges;`, rules: "layer", expected: "@typescript-eslint/no-restricted-imports" },
  { name: "the 提醒 tab saving settings through a store plan", file: "src/taskpane/tabs/reminders/reminderSession.ts", code: `import { planSettings } from "../../../workbook/caseActions"; export const y = planSettings;`, rules: "layer", expected: "@typescript-eslint/no-restricted-imports" },
  { name: "a tab naming a plan's type (allowed)", file: "src/taskpane/tabs/example.tsx", code: `import type { ImportSummary } from "../../workbook/applyMeeting"; export type Y = ImportSummary;`, rules: "layer", expected: [] },
  { name: "a service importing the task pane", file: "src/app/example.ts", code: `import { x } from "../taskpane/app/App"; export const y = x;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "a service importing the Excel adapter", file: "src/app/example.ts", code: `import { ExcelStore } from "../workbook/excel/excelStore"; export const y = ExcelStore;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "a service calling Excel", file: "src/app/example.ts", code: `export const f = () => Excel.run(async () => undefined);`, rules: "layer", expected: "no-restricted-globals" },
  { name: "the problem catalogue importing the UI", file: "src/problems/example.ts", code: `import React from "react"; export const y = React;`, rules: "layer", expected: "no-restricted-imports" },
  { name: "the problem catalogue reading the environment", file: "src/problems/example.ts", code: `export const lang = () => process.env.LANG;`, rules: "layer", expected: "no-restricted-globals" },
  { name: "domain building a date from a given value (allowed)", file: "src/domain/example.ts", code: `export const d = (t: number) => new Date(t);`, rules: "layer", expected: [] },
  { name: "the task pane importing React (allowed)", file: "src/taskpane/example.ts", code: `import React from "react"; export const y = React;`, rules: "layer", expected: [] },
];

let answers: { rules: Record<string, Record<string, unknown>>; results: string[][] };

beforeAll(() => {
  const probe = spawnSync(process.execPath, [join(__dirname, "lintProbe.mjs")], {
    input: JSON.stringify({ rulesFor: [excelStore], cases }),
    encoding: "utf8",
    timeout: 120_000,
  });
  if (probe.status !== 0) throw new Error(`lint probe failed: ${probe.stderr}`);
  answers = JSON.parse(probe.stdout) as typeof answers;
}, 130_000);

test.each(officeRules)("%s is an error in the Excel store", (rule) => {
  expect(answers.rules[excelStore]?.[rule]).toEqual([2]);
});

test.each(cases.map((c, i) => [c.name, c, i] as const))("%s", (_name, c, i) => {
  const found = answers.results[i];
  if (Array.isArray(c.expected)) expect(found).toEqual(c.expected);
  else expect(found).toContain(c.expected);
});
