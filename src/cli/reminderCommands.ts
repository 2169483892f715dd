// CLI commands for the Outlook reminders: `ics` writes the .ics file, `sync` syncs with a calendar through
// Microsoft Graph (or a local Graph-compatible server) with a token taken from an environment variable.
import { writeFile } from "node:fs/promises";
import { Command } from "commander";
import { GRAPH_BASE_URL, GraphCalendarGateway, RequestMeter, splitBaseUrl, type MeterTotals } from "../calendar/graph";
import type { SyncSummary } from "../calendar/sync";
import { exportIcs, syncNow } from "../app/reminders";
import { problem } from "../problems";
import { openFileStore } from "../workbook/xlsx/node";
import { CliInputError } from "./cliError";
import { printJson } from "./output";
import { cliWords, type CliWords } from "./words";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The Graph base URL, checked: https anywhere, plain http only on this machine (a token must never cross
 * a network in clear text), and ending in the version (`…/v1.0`).
 */
export function graphUrlOption(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CliInputError(problem("reminders.graphUrlNotUrl", { text, example: GRAPH_BASE_URL }));
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new CliInputError(problem("reminders.graphUrlInsecure", {}));
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new CliInputError(problem("reminders.graphUrlExtras", { url: `${url.origin}${url.pathname}` }));
  }
  try {
    splitBaseUrl(text);
  } catch {
    throw new CliInputError(problem("reminders.graphUrlVersion", { url: `${url.origin}${url.pathname}`, example: GRAPH_BASE_URL }));
  }
  return text.replace(/\/+$/, "");
}

/** The token from the named environment variable; its value is never printed, even in errors. */
export function tokenFromEnv(name: string, env: NodeJS.ProcessEnv): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new CliInputError(problem("reminders.tokenEnvName", {}));
  const token = env[name]?.trim() ?? "";
  if (token === "") throw new CliInputError(problem("reminders.tokenEnvEmpty", { name }));
  return token;
}

// ---- ics -------------------------------------------------------------------------------------

interface IcsOptions {
  readonly workbook: string;
  readonly out: string;
  readonly json?: boolean;
}

export function icsCommand(now: () => Date, w: CliWords = cliWords("zh-TW")): Command {
  return new Command("ics")
    .description(w.icsCommand)
    .requiredOption("--workbook <path>", w.trackingWorkbook)
    .requiredOption("--out <file>", w.icsOut)
    .option("--json", w.json)
    .action(async (options: IcsOptions) => {
      const exported = await exportIcs(openFileStore(options.workbook), now());
      if (!exported.ok) throw CliInputError.from(exported);
      try {
        await writeFile(options.out, exported.value.ics, "utf8");
      } catch (error) {
        throw new CliInputError(problem("reminders.cannotWriteFile", { path: options.out, detail: error instanceof Error ? error.message : String(error) }));
      }
      const { events, workbookKey, keyCreated } = exported.value;
      if (options.json) {
        printJson({ out: options.out, events, workbookKey, keyCreated });
        return;
      }
      process.stdout.write(`${w.icsDone(events, options.out)}\n`);
      if (keyCreated) process.stdout.write(`${w.keyCreated(workbookKey)}\n`);
    });
}

// ---- sync ------------------------------------------------------------------------------------

interface SyncCliOptions {
  readonly workbook: string;
  readonly graphUrl: string;
  readonly tokenEnv: string;
  readonly calendar?: string;
  readonly calendarId?: string;
  readonly inviteLead?: boolean;
  readonly by?: string;
  readonly json?: boolean;
}

function printSummary(s: SyncSummary, requests: MeterTotals, w: CliWords): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(w.syncCalendarLine(s.calendar.name, s.calendar.created));
  out(w.syncCounts(s));
  if (s.recreated > 0) out(w.syncRecreated(s.recreated));
  if (s.corrected > 0) out(w.syncCorrected(s.corrected));
  if (s.adopted > 0) out(w.syncAdopted(s.adopted));
  if (s.lagging > 0) out(w.syncLagging(s.lagging));
  for (const e of s.errors) out(w.syncError(e.caseId, e.message));
  out(w.syncRequests(requests.requests, requests.writeRequests, Math.round(s.wallMs)));
}

export function syncCommand(now: () => Date, env: NodeJS.ProcessEnv, w: CliWords = cliWords("zh-TW")): Command {
  return new Command("sync")
    .description(w.syncCommand)
    .requiredOption("--workbook <path>", w.trackingWorkbook)
    .option("--graph-url <url>", w.graphUrl, GRAPH_BASE_URL)
    .requiredOption("--token-env <name>", w.tokenEnv)
    .option("--calendar <name>", w.calendarName)
    .option("--calendar-id <id>", w.calendarId)
    .option("--invite-lead", w.inviteLead)
    .option("--by <name>", w.syncBy)
    .option("--json", w.json)
    .action(async (options: SyncCliOptions) => {
      const baseUrl = graphUrlOption(options.graphUrl);
      const token = tokenFromEnv(options.tokenEnv, env);
      // Counted from outside the gateway: the summary's request figures are this command's, not the sync's.
      const meter = new RequestMeter();
      const gateway = new GraphCalendarGateway({ baseUrl, getToken: () => Promise.resolve(token), meter });
      const result = await syncNow(openFileStore(options.workbook, undefined, w.language), gateway, {
        now,
        ...(options.calendarId === undefined ? {} : { calendarId: options.calendarId }),
        ...(options.calendar === undefined ? {} : { calendarName: options.calendar }),
        ...(options.inviteLead === true ? { inviteLead: true } : {}),
        ...(options.by === undefined ? {} : { by: options.by }),
      });
      if (!result.ok) throw result.problem ? new CliInputError(result.problem) : new CliInputError(result.error);
      const requests = meter.totals();
      if (options.json) printJson({ ...result.value, requests });
      else printSummary(result.value, requests, w);
      if (result.value.errors.length > 0) throw new CliInputError(problem("reminders.caseErrors", { count: result.value.errors.length }));
    });
}

/** The reminder commands; `now` and `env` are injected so tests fix the time and the token. */
export function reminderCommands(now: () => Date = () => new Date(), env: NodeJS.ProcessEnv = process.env, w: CliWords = cliWords("zh-TW")): Command[] {
  return [icsCommand(now, w), syncCommand(now, env, w)];
}
