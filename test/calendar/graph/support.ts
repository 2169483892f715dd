// Shared by the reminder adapter tests: generated cases, a gateway on the Graph test server with an
// instant sleep, and a check that requests never overlap.
import { addDaysIso, type IsoDate } from "../../../src/domain";
import { GraphCalendarGateway, RequestMeter, type GraphGatewayOptions } from "../../../src/calendar/graph";
import { emptyCase, type CaseRow } from "../../../src/workbook/model";
import { type GraphServer, type LogEntry } from "../../support/graphServer";

/** `n` open cases of 第 200 次, ids 20001…, due on consecutive days from 2030-01-01, lead 總務組. */
export function openCases(n: number, first = 1): CaseRow[] {
  return Array.from({ length: n }, (_, i) => ({
    ...emptyCase(String(20000 + first + i)),
    meeting: 200,
    lead: ["總務組"],
    text: `第 ${first + i} 案：請總務組辦理宿舍修繕並回報。`,
    dueDate: addDaysIso("2030-01-01" as IsoDate, i),
    dueText: "限期",
    tracking: "open" as const,
  }));
}

export interface FastGateway {
  readonly gateway: GraphCalendarGateway;
  /** every wait the executor asked for, ms */
  readonly sleeps: number[];
  /** every request the gateway sent (the meter is made here and passed in, as the CLI and bench do) */
  readonly meter: RequestMeter;
}

/** A gateway on `server` whose waits are recorded instead of slept, and whose jitter is fixed. */
export function fastGateway(server: GraphServer, options: Partial<GraphGatewayOptions> = {}): FastGateway {
  const sleeps: number[] = [];
  const meter = options.meter ?? new RequestMeter();
  const gateway = new GraphCalendarGateway({
    baseUrl: server.baseUrl,
    getToken: () => Promise.resolve(server.token),
    ...options,
    meter,
    retry: {
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      random: () => 0.5,
      ...options.retry,
    },
  });
  return { gateway, sleeps, meter };
}

/**
 * Records, for every top-level request the server receives, whether an earlier one was still
 * unanswered at that moment: the proof that the client keeps one request in flight.
 */
export function watchOverlap(server: GraphServer): { overlaps: () => number } {
  const log = server.log as LogEntry[];
  const push = log.push.bind(log);
  let overlaps = 0;
  log.push = (...entries: LogEntry[]): number => {
    for (const entry of entries) {
      if (entry.batchSeq === undefined && log.some((e) => e.batchSeq === undefined && e.status === 0)) overlaps++;
    }
    return push(...entries);
  };
  return { overlaps: () => overlaps };
}

/** Top-level requests in the log (a $batch counts once), with how many items each batch carried. */
export function topLevel(server: GraphServer): { method: string; path: string; items: number }[] {
  return server.log
    .filter((e) => e.batchSeq === undefined)
    .map((e) => ({ method: e.method, path: e.path, items: server.log.filter((i) => i.batchSeq === e.seq).length }));
}
