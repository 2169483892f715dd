// Downloads per host: which way each platform takes, the save-page link round trip (deflated or not,
// damaged links refused with a reason), and saveFile's outcomes with fake Office UI and anchor.
import { chooseDownloadWay, maxBrowserUrlChars, type DownloadEnvironment, type DownloadWay } from "../../../src/taskpane/app/downloadWay";
import { CarriedFileError, readSaveLink, saveLink } from "../../../src/taskpane/app/downloadLink";
import { ICS_TYPE, saveFile, type DownloadDeps } from "../../../src/taskpane/app/downloadFile";

const BASE = "https://addin.example.org/taskpane.html?_host_Info=Excel$Win32$16.01";
const ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "BEGIN:VEVENT\r\nSUMMARY:11002 總務組 辦理\r\nEND:VEVENT\r\n".repeat(40) + "END:VCALENDAR\r\n";

describe("chooseDownloadWay", () => {
  test.each<[string, DownloadEnvironment, DownloadWay]>([
    ["standalone browser", { platform: null, canOpenBrowserWindow: false }, "anchor"],
    ["Excel on the web", { platform: "OfficeOnline", canOpenBrowserWindow: false }, "anchor"],
    ["Excel on Windows (WebView2)", { platform: "PC", canOpenBrowserWindow: true }, "browser-window"],
    ["Excel on Mac (WKWebView)", { platform: "Mac", canOpenBrowserWindow: true }, "browser-window"],
    ["Excel on iPad", { platform: "iOS", canOpenBrowserWindow: true }, "browser-window"],
    ["an Office desktop without OpenBrowserWindowApi", { platform: "PC", canOpenBrowserWindow: false }, "anchor-unsure"],
  ])("%s", (_name, env, way) => {
    expect(chooseDownloadWay(env)).toBe(way);
  });

  test("Windows hands the URL over a command line; the system elsewhere", () => {
    expect(maxBrowserUrlChars("PC")).toBeLessThan(32_767);
    expect(maxBrowserUrlChars("Mac")).toBeGreaterThan(maxBrowserUrlChars("PC"));
  });
});

describe("the save-page link", () => {
  const bytes = new TextEncoder().encode(ICS);

  test("carries the file next to the pane's page, in the fragment, deflated", async () => {
    const link = await saveLink(BASE, { name: "列管提醒.ics", type: ICS_TYPE, bytes });
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe("https://addin.example.org/save.html");
    expect(url.search).toBe("");
    expect(new URLSearchParams(url.hash.slice(1)).get("z")).toBe("1");
    expect(link.length).toBeLessThan(bytes.length); // a repetitive .ics shrinks
    const back = await readSaveLink(url.hash);
    expect(back.name).toBe("列管提醒.ics");
    expect(back.type).toBe(ICS_TYPE);
    expect(new TextDecoder().decode(back.bytes)).toBe(ICS);
  });

  test("binary bytes of every value survive, uncompressed when the webview has no CompressionStream", async () => {
    const all = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256);
    const saved = globalThis.CompressionStream;
    (globalThis as { CompressionStream?: unknown }).CompressionStream = undefined;
    try {
      const link = await saveLink(BASE, { name: "a.xlsx", type: "application/octet-stream", bytes: all });
      expect(new URLSearchParams(new URL(link).hash.slice(1)).get("z")).toBe("0");
      expect((await readSaveLink(new URL(link).hash)).bytes).toEqual(all);
    } finally {
      globalThis.CompressionStream = saved;
    }
  });

  test.each([
    ["no file at all", "#"],
    ["cut short (no data)", "#n=a.ics&t=text%2Fcalendar&z=1"],
    ["not base64url", "#n=a.ics&z=0&d=%%%"],
    ["deflated data that does not inflate", "#n=a.ics&z=1&d=AAAA"],
  ])("refuses a link with %s, saying why", async (_name, hash) => {
    await expect(readSaveLink(hash)).rejects.toBeInstanceOf(CarriedFileError);
  });
});

describe("saveFile", () => {
  function deps(env: DownloadEnvironment): DownloadDeps & { anchors: string[]; opened: string[] } {
    const anchors: string[] = [];
    const opened: string[] = [];
    return { env, base: BASE, anchors, opened, anchor: (name) => void anchors.push(name), ui: env.canOpenBrowserWindow ? { openBrowserWindow: (url) => void opened.push(url) } : null };
  }

  test("in a browser: the anchor, started", async () => {
    const d = deps({ platform: null, canOpenBrowserWindow: false });
    await expect(saveFile("列管.xlsx", new Uint8Array([1, 2, 3]), "application/octet-stream", d)).resolves.toEqual({ kind: "started", name: "列管.xlsx" });
    expect(d.anchors).toEqual(["列管.xlsx"]);
    expect(d.opened).toEqual([]);
  });

  test("in Excel on Windows: the default browser opens the save page with the file", async () => {
    const d = deps({ platform: "PC", canOpenBrowserWindow: true });
    await expect(saveFile("列管提醒.ics", ICS, ICS_TYPE, d)).resolves.toEqual({ kind: "browser-window", name: "列管提醒.ics" });
    expect(d.anchors).toEqual([]);
    expect(d.opened).toHaveLength(1);
    const carried = await readSaveLink(new URL(d.opened[0] ?? "").hash);
    expect(new TextDecoder().decode(carried.bytes)).toBe(ICS);
  });

  test("a Blob is accepted as content", async () => {
    const d = deps({ platform: "Mac", canOpenBrowserWindow: true });
    await saveFile("r.odt", new Blob([new Uint8Array([80, 75, 3, 4])]), "application/vnd.oasis.opendocument.text", d);
    expect((await readSaveLink(new URL(d.opened[0] ?? "").hash)).bytes).toEqual(new Uint8Array([80, 75, 3, 4]));
  });

  test("too large for Windows' command line: said so, nothing opened", async () => {
    const d = deps({ platform: "PC", canOpenBrowserWindow: true });
    // incompressible bytes (xorshift), as a zipped .docx is
    let x = 2463534242;
    const noise = Uint8Array.from({ length: 40_000 }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) & 0xff;
    });
    await expect(saveFile("big.docx", noise, "application/octet-stream", d)).resolves.toEqual({ kind: "too-large", name: "big.docx" });
    expect(d.opened).toEqual([]);
  });

  test("an Office desktop without openBrowserWindow: the anchor is tried, the outcome is unsure", async () => {
    const d = deps({ platform: "PC", canOpenBrowserWindow: false });
    await expect(saveFile("a.ics", ICS, ICS_TYPE, d)).resolves.toEqual({ kind: "unsure", name: "a.ics" });
    expect(d.anchors).toEqual(["a.ics"]);
  });

  test("a failure is an outcome with its reason, not a throw", async () => {
    const d = deps({ platform: "PC", canOpenBrowserWindow: true });
    const failing: DownloadDeps = { ...d, ui: { openBrowserWindow: () => { throw new Error("12345 not allowed"); } } };
    await expect(saveFile("a.ics", ICS, ICS_TYPE, failing)).resolves.toEqual({ kind: "failed", name: "a.ics", reason: "12345 not allowed" });
  });
});
