// Asks Office.js where the pane runs. A page opened outside Office, or whose office.js failed to load
// (offline, blocked CDN), must still start: no Office global means standalone at once, and an
// Office.onReady that never settles is given up after a timeout.
import type { HostProbe } from "../host";

export const OFFICE_READY_TIMEOUT_MS = 4000;

export interface OfficeProbeResult extends HostProbe {
  /** Office's UI language (e.g. "zh-TW"), when running inside Office */
  readonly displayLanguage?: string;
}

function timeout(ms: number): Promise<"timeout"> {
  return new Promise((resolve) => setTimeout(() => resolve("timeout"), ms));
}

export async function probeOffice(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<OfficeProbeResult> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { officeLoaded: false, host: null };
  const info = await Promise.race([Office.onReady(), timeout(timeoutMs)]);
  if (info === "timeout") return { officeLoaded: false, host: null };
  const host = info.host ? String(info.host) : null;
  if (host === null) return { officeLoaded: true, host: null };
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
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  };
}
