// Counts the Graph requests a sync makes and how big they are: the bench's figures and the sync summary.
import { type Context, type Middleware } from "@microsoft/microsoft-graph-client";

/** One HTTP request as the client sent it. The URL is kept without its query, never any header. */
export interface MeteredRequest {
  readonly method: string;
  /** path after the host, e.g. `/v1.0/$batch` */
  readonly path: string;
  readonly requestBytes: number;
  /** HTTP status, or 0 when no answer came (dropped connection, timeout) */
  readonly status: number;
}

export interface MeterTotals {
  readonly requests: number;
  /** requests other than GET: what a no-change resync must not make */
  readonly writeRequests: number;
  readonly batchRequests: number;
  readonly requestBytes: number;
  readonly maxRequestBytes: number;
}

const encoder = new TextEncoder();

function bodyBytes(body: unknown): number {
  if (typeof body === "string") return encoder.encode(body).length;
  if (body instanceof ArrayBuffer) return body.byteLength;
  if (ArrayBuffer.isView(body)) return body.byteLength;
  return 0;
}

function pathOf(request: RequestInfo): string {
  const url = typeof request === "string" ? request : request.url;
  try {
    return new URL(url).pathname;
  } catch {
    return url.split("?")[0] ?? url;
  }
}

/** A middleware that records every request passing through it; `since(mark)` gives one run's share. */
export class RequestMeter implements Middleware {
  private next: Middleware | undefined;
  readonly requests: MeteredRequest[] = [];

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error("RequestMeter must not be the last middleware");
    const method = (context.options?.method ?? "GET").toUpperCase();
    const entry = { method, path: pathOf(context.request), requestBytes: bodyBytes(context.options?.body), status: 0 };
    this.requests.push(entry);
    await this.next.execute(context);
    entry.status = context.response?.status ?? 0;
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  /** A position to measure from: pass it to `totals` later. */
  mark(): number {
    return this.requests.length;
  }

  totals(from = 0): MeterTotals {
    const slice = this.requests.slice(from);
    return {
      requests: slice.length,
      writeRequests: slice.filter((r) => r.method !== "GET").length,
      batchRequests: slice.filter((r) => r.path.endsWith("/$batch")).length,
      requestBytes: slice.reduce((n, r) => n + r.requestBytes, 0),
      maxRequestBytes: slice.reduce((n, r) => Math.max(n, r.requestBytes), 0),
    };
  }
}
