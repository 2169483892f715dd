// The old-webview guard must parse where it runs: Trident (IE11) knows ES5 only. Parsed by acorn set to
// ES5, as the file and as webpack inlines it (wrapped and called with a page name); and it names the same
// window flag the bundles read (webviewFlag.ts).
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import { join } from "node:path";
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
