// Asks Office.js where the pane runs, without mistaking a slow Excel for a browser. Office adds a
// `_host_Info` query parameter (e.g. `Excel$Win32$16.01$zh-TW$…`, `Excel|Web|16.00|…`) to the pages it
// opens, and Office on the web opens them in an iframe; with either sign the pane waits for
// Office.onReady as long as it takes (saying 「正在連線 Excel…」), and never falls back to the browser's
// store. Standalone only when Office is truly absent: office.js did not load, or onReady reports no host
// on a page Office did not open. Without any sign of Office, an onReady that never settles (a broken
// office.js outside Office) is still given up after a timeout.
import type { HostProbe } from "../host";

export const OFFICE_READY_TIMEOUT_MS = 4000;
/** after this long still waiting on Office, the header adds that it is slow (but keeps waiting) */
export const OFFICE_SLOW_MS = 15_000;

export interface OfficeSignals {
  /** the application named by `_host_Info` (e.g. "Excel"), or null when the URL has none */
  readonly hostInfo: string | null;
  /** the page is in a frame (Office on the web hosts add-ins in an iframe) */
  readonly inFrame: boolean;
}

export interface OfficeProbeResult extends HostProbe {
  /** Office's UI language (e.g. "zh-TW"), when running inside Office */
  readonly displayLanguage?: string;
  /** Office's platform (PC, Mac, OfficeOnline, iOS …), when running inside Office */
  readonly platform?: string;
  /** the host Office's signs named when onReady reported none: not standalone, not usable */
  readonly silentHost?: string;
}

export interface ProbeOptions {
  readonly signals?: OfficeSignals;
  /** the no-sign timeout (a browser whose office.js never settles) */
  readonly timeoutMs?: number;
  readonly slowMs?: number;
  /** called at once when Office's signs say to wait on it, with the host to name */
  readonly onWaiting?: (host: string) => void;
  /** called once when the wait passes slowMs */
  readonly onSlow?: (host: string) => void;
}

/** The application `_host_Info` names: its first field, split on `$` (desktop) or `|` (web). */
export function hostInfoApplication(search: string): string | null {
  const raw = new URLSearchParams(search).get("_host_Info") ?? new URLSearchParams(search).get("_host_info");
  if (raw === null) return null;
  const first = raw.split(/[$|]/)[0]?.trim() ?? "";
  return first === "" ? null : first;
}

/** What the page itself says about being opened by Office. */
export function readOfficeSignals(win: Pick<Window, "location" | "self" | "top"> = window): OfficeSignals {
  let inFrame: boolean;
  try {
    inFrame = win.self !== win.top;
  } catch {
    // a cross-origin parent (Office on the web) makes reading top throw in some browsers
    inFrame = true;
  }
  return { hostInfo: hostInfoApplication(win.location.search), inFrame };
}

/** Office's signs say the pane was opened by Office, so a slow onReady is waited for. */
export function expectsOffice(signals: OfficeSignals): boolean {
  return signals.hostInfo !== null || signals.inFrame;
}

/** The host to name while waiting: `_host_Info`'s application, else Excel (the only host in the manifest). */
const expectedHost = (signals: OfficeSignals): string => signals.hostInfo ?? "Excel";

type OfficeReady = Awaited<ReturnType<typeof Office.onReady>>;

/** onReady, or "timeout" after ms; the timer is cleared either way. */
async function readyWithin(ms: number): Promise<OfficeReady | "timeout"> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), ms)));
  try {
    return await Promise.race([Office.onReady(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function ready(signals: OfficeSignals, options: ProbeOptions): Promise<OfficeReady | "timeout"> {
  if (!expectsOffice(signals)) return readyWithin(options.timeoutMs ?? OFFICE_READY_TIMEOUT_MS);
  const host = expectedHost(signals);
  options.onWaiting?.(host);
  const slow = setTimeout(() => options.onSlow?.(host), options.slowMs ?? OFFICE_SLOW_MS);
  try {
    return await Office.onReady();
  } finally {
    clearTimeout(slow);
  }
}

export async function probeOffice(options: ProbeOptions = {}): Promise<OfficeProbeResult> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { officeLoaded: false, host: null };
  const signals = options.signals ?? readOfficeSignals();
  const info = await ready(signals, options);
  if (info === "timeout") return { officeLoaded: false, host: null };
  const host = info.host ? String(info.host) : null;
  if (host === null) {
    // Office opened the page (its parameter is in the URL) yet reports no host: not a browser
    return signals.hostInfo !== null ? { officeLoaded: true, host: null, silentHost: signals.hostInfo } : { officeLoaded: true, host: null };
  }
  let displayLanguage: string | undefined;
  try {
    displayLanguage = Office.context.displayLanguage;
  } catch {
    displayLanguage = undefined;
  }
  return {
    officeLoaded: true,
    host,
    displayLanguage,
    platform: info.platform ? String(info.platform) : undefined,
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  };
}
