// Host detection cannot mistake a slow Excel for a browser: Office's own signs (_host_Info, a frame) make
// the probe wait on onReady without a timeout; only a page without them falls back after the timeout.
import { expectsOffice, hostInfoApplication, probeOffice, readOfficeSignals, type OfficeSignals } from "../../../src/taskpane/hosts/probe";

type Ready = { host: string | null; platform: string | null };

/** Installs a global Office whose onReady answers `info` after `ms` (never when ms is null). */
function fakeOffice(info: Ready, ms: number | null): void {
  const answer = new Promise<Ready>((resolve) => {
    if (ms !== null) setTimeout(() => resolve(info), ms);
  });
  (globalThis as { Office?: unknown }).Office = {
    onReady: () => answer,
    context: { displayLanguage: "zh-TW", requirements: { isSetSupported: () => true } },
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("hostInfoApplication", () => {
  test.each<[string, string | null]>([
    ["?_host_Info=Excel$Win32$16.01$zh-TW$$$$0", "Excel"],
    ["?_host_Info=Excel|Web|16.00|zh-TW|abc|isDialog|", "Excel"],
    ["?_host_Info=Excel%24Mac%2416.01%24en-US", "Excel"],
    ["?_host_info=Excel$iOS$16.01", "Excel"],
    ["?lang=zh-TW&_host_Info=Word$Win32$16.01", "Word"],
    ["?_host_Info=", null],
    ["", null],
    ["?lang=zh-TW", null],
  ])("%s → %p", (search, expected) => {
    expect(hostInfoApplication(search)).toBe(expected);
  });
});

describe("readOfficeSignals and expectsOffice", () => {
  test.each<[string, boolean, OfficeSignals, boolean]>([
    ["a plain tab", false, { hostInfo: null, inFrame: false }, false],
    ["Excel desktop (parameter, no frame)", false, { hostInfo: "Excel", inFrame: false }, true],
    ["Excel on the web (parameter, frame)", true, { hostInfo: "Excel", inFrame: true }, true],
    ["a frame without the parameter", true, { hostInfo: null, inFrame: true }, true],
  ])("%s", (_name, framed, signals, expects) => {
    const self = {};
    const win = { location: { search: signals.hostInfo ? `?_host_Info=${signals.hostInfo}$Win32$16.01` : "" }, self, top: framed ? {} : self };
    expect(readOfficeSignals(win as unknown as Window)).toEqual(signals);
    expect(expectsOffice(signals)).toBe(expects);
  });

  test("a cross-origin parent that throws on top counts as a frame", () => {
    const win = { location: { search: "" }, self: {} } as { location: { search: string }; self: object; top?: object };
    Object.defineProperty(win, "top", { get: () => { throw new Error("blocked"); } });
    expect(readOfficeSignals(win as unknown as Window).inFrame).toBe(true);
  });
});

describe("probeOffice", () => {
  const inExcel: OfficeSignals = { hostInfo: "Excel", inFrame: false };
  const browser: OfficeSignals = { hostInfo: null, inFrame: false };

  test("no office.js: standalone at once", async () => {
    await expect(probeOffice({ signals: inExcel })).resolves.toEqual({ officeLoaded: false, host: null });
  });

  test("opened by Excel, onReady slower than the timeout: waits, says so, and reports Excel", async () => {
    fakeOffice({ host: "Excel", platform: "PC" }, 120);
    const waiting: string[] = [];
    const slow: string[] = [];
    const probe = await probeOffice({ signals: inExcel, timeoutMs: 20, slowMs: 60, onWaiting: (h) => waiting.push(h), onSlow: (h) => slow.push(h) });
    expect(probe).toMatchObject({ officeLoaded: true, host: "Excel", platform: "PC", displayLanguage: "zh-TW" });
    expect(waiting).toEqual(["Excel"]);
    expect(slow).toEqual(["Excel"]);
  });

  test("opened by Excel, onReady quick: not called slow", async () => {
    fakeOffice({ host: "Excel", platform: "OfficeOnline" }, 1);
    const slow: string[] = [];
    await probeOffice({ signals: { hostInfo: "Excel", inFrame: true }, slowMs: 200, onSlow: (h) => slow.push(h) });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(slow).toEqual([]);
  });

  test("no sign of Office and onReady never answers: standalone after the timeout", async () => {
    fakeOffice({ host: null, platform: null }, null);
    const waiting: string[] = [];
    await expect(probeOffice({ signals: browser, timeoutMs: 30, onWaiting: (h) => waiting.push(h) })).resolves.toEqual({ officeLoaded: false, host: null });
    expect(waiting).toEqual([]);
  });

  test("no sign of Office and a null host: not in Office", async () => {
    fakeOffice({ host: null, platform: null }, 1);
    await expect(probeOffice({ signals: browser })).resolves.toEqual({ officeLoaded: true, host: null });
  });

  test("Office's parameter in the URL but a null host: named as silent, never plain standalone", async () => {
    fakeOffice({ host: null, platform: null }, 1);
    await expect(probeOffice({ signals: inExcel })).resolves.toEqual({ officeLoaded: true, host: null, silentHost: "Excel" });
  });
});
