// Accessibility rules (axe-core, WCAG 2.1 A/AA) run inside the page. axe-core
// itself, not @axe-core/playwright: that wrapper needs Node 22.
import axe from "axe-core";
import type { Page } from "playwright-core";

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Every WCAG A/AA violation on the page as it is now, each with the selectors of its elements. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes
        .slice(0, 8)
        .map((n) => `${n.target.join(" ")}${n.failureSummary ? ` (${n.failureSummary.split("\n").slice(1, 2).join("").trim()})` : ""}`),
    }));
  });
}

export const describeViolations = (violations: AxeViolation[]) =>
  violations.map((v) => `${v.id} [${v.impact}] ${v.help}:\n    ${v.nodes.join("\n    ")}`).join("\n");
