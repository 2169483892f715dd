// Layout checks measured in the page: controls whose boxes overlap, and text wrapped one character a
// line (已/結/案). Used by layout.test.ts on every tab at 320 and 1280 px, in zh-TW and English.
import type { Page } from "playwright-core";

export interface LayoutProblem {
  readonly kind: "overlap" | "one-character-lines";
  readonly what: string;
}

/**
 * Measures the page as it is now. Controls are buttons, inputs, selects, text areas, tabs, checkboxes,
 * switches, links and status badges that are visible; two overlap when their boxes share more than
 * 1 px each way and neither contains the other. A text of two or more characters wraps one character a
 * line when it takes two or more lines and as many lines as it has characters.
 */
export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: { kind: "overlap" | "one-character-lines"; what: string }[] = [];
    const shown = (el: Element): boolean => {
      const box = el.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) return false;
      // the content of a closed <details> keeps a box in Chromium but is not drawn
      const closed = el.closest("details:not([open])");
      if (closed && !el.closest("summary")) return false;
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === "none" || style.visibility === "hidden") return false;
      }
      return true;
    };
    const describe = (el: Element): string => {
      const name = el.getAttribute("aria-label") ?? (el as HTMLElement).innerText ?? "";
      const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent ?? "" : "";
      return `${el.tagName.toLowerCase()}${el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : ""}「${(name || label).trim().slice(0, 24)}」`;
    };

    const selector = 'button, input, select, textarea, [role="tab"], [role="checkbox"], [role="switch"], a[href], .fui-Badge';
    const controls = [...document.querySelectorAll(selector)].filter(shown);
    const boxes = controls.map((el) => el.getBoundingClientRect());
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const a = controls[i] as Element;
        const b = controls[j] as Element;
        if (a.contains(b) || b.contains(a)) continue;
        const ra = boxes[i] as DOMRect;
        const rb = boxes[j] as DOMRect;
        const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (w > 1 && h > 1) problems.push({ kind: "overlap", what: `${describe(a)} × ${describe(b)} (${Math.round(w)}×${Math.round(h)} px)` });
      }
    }

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const chars = [...(node.textContent ?? "").replace(/\s+/g, "")].length;
      const parent = node.parentElement;
      if (chars < 2 || !parent || !shown(parent) || parent.closest("textarea, script, style, svg")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = new Set<number>();
      for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top / 2));
      if (tops.size >= 2 && tops.size >= chars) problems.push({ kind: "one-character-lines", what: `「${(node.textContent ?? "").trim().slice(0, 24)}」 in ${describe(parent)} (${tops.size} lines)` });
    }
    return problems;
  });
}
