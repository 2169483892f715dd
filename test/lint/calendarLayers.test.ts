// The calendar's inner boundary is enforced by lint: the calendar core and the reminder sync may not
// import the Graph or sign-in adapters (they use the core's CalendarGateway), while the adapters may.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

interface Case {
  readonly name: string;
  readonly file: string;
  readonly code: string;
  readonly expected: string[] | string;
}

const cases: Case[] = [
  { name: "the sync importing the Graph gateway", file: "src/calendar/sync/syncReminders.ts", code: `import { GraphCalendarGateway } from "../graph/gateway"; export const g = GraphCalendarGateway;`, expected: "no-restricted-imports" },
  { name: "the sync importing the Graph adapter's index", file: "src/calendar/sync/example.ts", code: `import { GraphRequestError } from "../graph"; export const e = GraphRequestError;`, expected: "no-restricted-imports" },
  { name: "the sync importing sign-in", file: "src/calendar/sync/example.ts", code: `import { SignInError } from "../auth/tokenSource"; export const e = SignInError;`, expected: "no-restricted-imports" },
  { name: "the sync importing the Graph SDK", file: "src/calendar/sync/example.ts", code: `import { Client } from "@microsoft/microsoft-graph-client"; export const c = Client;`, expected: "no-restricted-imports" },
  { name: "the calendar core importing the Graph adapter", file: "src/calendar/reconcile.ts", code: `import { GraphRequestError } from "./graph/retry"; export const e = GraphRequestError;`, expected: "no-restricted-imports" },
  { name: "the calendar core importing sign-in", file: "src/calendar/gateway.ts", code: `import { SignInError } from "./auth/tokenSource"; export const e = SignInError;`, expected: "no-restricted-imports" },
  { name: "the sync importing the core's gateway (allowed)", file: "src/calendar/sync/example.ts", code: `import { type CalendarGateway } from "../gateway"; export type G = CalendarGateway;`, expected: [] },
  { name: "the sync importing the workbook model (allowed)", file: "src/calendar/sync/example.ts", code: `import { NO_CHANGES } from "../../workbook/model"; export const n = NO_CHANGES;`, expected: [] },
  { name: "the Graph adapter importing the core (allowed)", file: "src/calendar/graph/example.ts", code: `import { SignInRequiredError } from "../errors"; export const e = SignInRequiredError;`, expected: [] },
];

let results: string[][];

beforeAll(() => {
  const probe = spawnSync(process.execPath, [join(__dirname, "lintProbe.mjs")], {
    input: JSON.stringify({ rulesFor: [], cases: cases.map((c) => ({ ...c, rules: "layer" })) }),
    encoding: "utf8",
    timeout: 120_000,
  });
  if (probe.status !== 0) throw new Error(`lint probe failed: ${probe.stderr}`);
  results = (JSON.parse(probe.stdout) as { results: string[][] }).results;
}, 130_000);

test.each(cases.map((c, i) => [c.name, c, i] as const))("%s", (_name, c, i) => {
  const found = results[i];
  if (Array.isArray(c.expected)) expect(found).toEqual(c.expected);
  else expect(found).toContain(c.expected);
});
