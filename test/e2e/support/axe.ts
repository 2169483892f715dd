// axe-core in the page: injects the real axe.min.js from node_modules (no network) and returns the
// violations at the impacts the issue gates on, small enough to read in a failed expectation.
import type { AxeResults, ImpactValue } from "axe-core";
import type { Page } from "playwright-core";

const AXE_PATH = require.resolve("axe-core/axe.min.js");

export interface Violation {
  readonly id: string;
  readonly impact: ImpactValue | undefined;
  readonly help: string;
  /** the offending nodes, first few: CSS selector and the start of their HTML */
  readonly nodes: readonly string[];
}

/**
 * Fluent UI v9's focus manager (tabster) puts aria-hidden, focusable <i data-tabster-dummy> bumpers
 * around tab lists and toolbars on purpose: they only hand focus on, and announcing them would be
 * worse. Microsoft's own scanners drop them from aria-hidden-focus (microsoft/tabster#288,
 * microsoft/accessibility-insights-web#7605); so do we, for that rule and those nodes only.
 */
const isTabsterBumper = (id: string, html: string): boolean =>
  id === "aria-hidden-focus" && /data-tabster-dummy|data-is-focus-trap-zone-bumper/.test(html);

/** Violations of `impacts` (serious and critical by default) on the page as it is now. */
export async function axeViolations(page: Page, impacts: readonly ImpactValue[] = ["serious", "critical"]): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    const run = await axe.run(document, { resultTypes: ["violations"] });
    return run.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? undefined,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(" "), html: n.html })),
    }));
  });
  return results.flatMap((v) => {
    const nodes = v.nodes.filter((n) => !isTabsterBumper(v.id, n.html));
    if (nodes.length === 0 || v.impact === undefined || !impacts.includes(v.impact)) return [];
    return [{ ...v, nodes: nodes.slice(0, 5).map((n) => `${n.target}  ${n.html.slice(0, 160)}`) }];
  });
}
