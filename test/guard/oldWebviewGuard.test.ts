// The old-webview guard must parse where it runs: Trident (IE11) knows ES5 only. Parsed by acorn set to
// ES5, as the file and as webpack inlines it (wrapped and called with a page name); and it names the same
// window flag the bundles read (webviewFlag.ts).
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { OLD_WEBVIEW_FLAG, oldWebview } from "../../src/guard/webviewFlag";

const GUARD = join(__dirname, "../../src/guard/oldWebviewGuard.js");
const source = readFileSync(GUARD, "utf8");

describe("the guard parses as ES5", () => {
  test("the file", () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  test.each(["taskpane", "commands", "notice", "save"])("inlined for the %s page", (page) => {
    const inline = `(${source.trim()}\n)(window, document, ${JSON.stringify(page)});`;
    expect(() => parse(inline, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  test("an ES2015 construct is refused by the same parser (the check has teeth)", () => {
    expect(() => parse("(function () { const a = 1; return a; })", { ecmaVersion: 5 })).toThrow();
    expect(() => parse("(function (o) { return o?.a; })", { ecmaVersion: 5 })).toThrow();
  });
});

describe("the flag between the guard and the bundles", () => {
  test("the guard sets the property the bundles read", () => {
    expect(source).toContain(`"${OLD_WEBVIEW_FLAG}"`);
  });

  test.each<[unknown, ReturnType<typeof oldWebview>]>([
    [undefined, null],
    ["trident", "trident"],
    ["edgehtml", "edgehtml"],
    ["something else", null],
  ])("%p reads as %p", (value, expected) => {
    expect(oldWebview(value === undefined ? {} : { [OLD_WEBVIEW_FLAG]: value })).toBe(expected);
  });
});

describe("which webviews the guard stops", () => {
  /** Runs the guard for the commands page (no DOM needed) in a bare context with the user agent. */
  function run(userAgent: string): { flag: unknown; command: unknown; associated: string[] } {
    const associated: string[] = [];
    const window: Record<string, unknown> = {
      navigator: { userAgent },
      location: { href: "https://addin.example.org/commands.html?_host_Info=Excel$Win32$16.01", search: "" },
      Office: { onReady: () => undefined, actions: { associate: (name: string) => void associated.push(name) } },
    };
    runInNewContext(`(${source.trim()}\n)(window, document, "commands");`, { window, document: {} });
    return { flag: window[OLD_WEBVIEW_FLAG], command: typeof window.updateStatus, associated };
  }

  test.each<[string, string, string | undefined]>([
    ["Trident in Office 2019 volume", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; ms-office; MSOffice 16) like Gecko", "trident"],
    ["IE in compatibility mode", "Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; Trident/7.0)", "trident"],
    ["EdgeHTML 18", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041", "edgehtml"],
    ["WebView2 (Chromium Edge, Edg/)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", undefined],
    ["Excel on Mac (WKWebView)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)", undefined],
    ["Excel on iPad", "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148", undefined],
    ["Chrome", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36", undefined],
    ["Firefox", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", undefined],
  ])("%s", (_name, userAgent, expected) => {
    const result = run(userAgent);
    expect(result.flag).toBe(expected);
    // only in an old webview does the guard answer the ribbon command itself
    expect(result.command).toBe(expected ? "function" : "undefined");
    expect(result.associated).toEqual(expected ? ["updateStatus"] : []);
  });
});
