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

export function icsCommand(now: () => Date): Command {
  return new Command("ics")
    .description("把列管活頁簿中未結案且有期限的案件匯出為 .ics 行事曆檔（可匯入 Google、Apple 或 Outlook 行事曆；重新匯入會更新而非重複）")
    .requiredOption("--workbook <path>", "the tracking workbook (.xlsx)")
    .requiredOption("--out <file>", "the .ics file to write")
    .option("--json", "print what was written as one JSON document")
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
      process.stdout.write(`已匯出 ${events} 個提醒到 ${options.out}\n`);
      if (keyCreated) process.stdout.write(`已在「設定」建立活頁簿識別碼 ${workbookKey}（提醒的 UID 由它而來，之後的匯出與同步沿用）\n`);
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

function printSummary(s: SyncSummary, requests: MeterTotals): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`行事曆：${s.calendar.name}${s.calendar.created ? "（新建立）" : ""}`);
  out(`新增 ${s.created}，更新 ${s.updated}，刪除 ${s.deleted}，未變更 ${s.unchanged}，已校正 ${s.corrected}`);
  if (s.recreated > 0) out(`其中重建 ${s.recreated} 個在 Outlook 中被刪除的提醒（已記入辦理歷程：提醒重建）`);
  if (s.corrected > 0) out(`已校正 ${s.corrected} 個在 Outlook 中被移動、改名或關閉提醒的事件（依活頁簿改回）`);
  if (s.adopted > 0) out(`認領 ${s.adopted} 個行事曆中已有、活頁簿尚未記錄的提醒`);
  if (s.lagging > 0) out(`${s.lagging} 個提醒不在行事曆清單中，但逐一查詢仍在：未重建`);
  for (const e of s.errors) out(`錯誤 ${e.caseId}：${e.message}`);
  out(`Graph 要求 ${requests.requests} 次（寫入 ${requests.writeRequests} 次），${Math.round(s.wallMs)} ms`);
}

export function syncCommand(now: () => Date, env: NodeJS.ProcessEnv): Command {
  return new Command("sync")
    .description("把列管活頁簿中的期限同步為 Outlook 行事曆提醒（Microsoft Graph），並把事件 ID 寫回活頁簿")
    .requiredOption("--workbook <path>", "the tracking workbook (.xlsx)")
    .option("--graph-url <url>", "Graph base URL; http only for 127.0.0.1 (a local test server)", GRAPH_BASE_URL)
    .requiredOption("--token-env <name>", "the environment variable holding the access token (Calendars.ReadWrite)")
    .option("--calendar <name>", "calendar name, created when missing (default: 設定 提醒行事曆, else 會議列管)")
    .option("--calendar-id <id>", "a calendar's Graph id instead of a name")
    .option("--invite-lead", "invite each case's lead division contact (sends invitations)")
    .option("--by <name>", "記錄者 of 提醒重建 history rows")
    .option("--json", "print the summary as one JSON document")
    .action(async (options: SyncCliOptions) => {
      const baseUrl = graphUrlOption(options.graphUrl);
      const token = tokenFromEnv(options.tokenEnv, env);
      // Counted from outside the gateway: the summary's request figures are this command's, not the sync's.
      const meter = new RequestMeter();
      const gateway = new GraphCalendarGateway({ baseUrl, getToken: () => Promise.resolve(token), meter });
      const result = await syncNow(openFileStore(options.workbook), gateway, {
        now,
        ...(options.calendarId === undefined ? {} : { calendarId: options.calendarId }),
        ...(options.calendar === undefined ? {} : { calendarName: options.calendar }),
        ...(options.inviteLead === true ? { inviteLead: true } : {}),
        ...(options.by === undefined ? {} : { by: options.by }),
      });
      if (!result.ok) throw result.problem ? new CliInputError(result.problem) : new CliInputError(result.error);
      const requests = meter.totals();
      if (options.json) printJson({ ...result.value, requests });
      else printSummary(result.value, requests);
      if (result.value.errors.length > 0) throw new CliInputError(problem("reminders.caseErrors", { count: result.value.errors.length }));
    });
}

/** The reminder commands; `now` and `env` are injected so tests fix the time and the token. */
export function reminderCommands(now: () => Date = () => new Date(), env: NodeJS.ProcessEnv = process.env): Command[] {
  return [icsCommand(now), syncCommand(now, env)];
}
