import axe from "axe-core";
import type { BrowserContext, Page } from "playwright-core";

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page and returns the serious and critical violations.
 * Injecting axe as an inline script is blocked by the app's nonce-based CSP, so the page's context must bypass CSP.
 */
export async function seriousViolations(target: Page): Promise<Violation[]> {
  const loaded = await target.evaluate(() => "axe" in window);
  if (!loaded) await target.addScriptTag({ content: axe.source });
  const violations = await target.evaluate(async () => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const results = await runner.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(" ")),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/**
 * Loads axe-core into every page of the context as the page starts. Sending axe's half a megabyte of source
 * into each page after it loads cost a second or more a page; this way Chromium compiles it once and caches it.
 */
export async function loadAxeInEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

export function describeViolations(where: string, violations: Violation[]): string {
  return violations
    .map((v) => `${where}: [${v.impact}] ${v.id} – ${v.help}\n    ${v.targets.join("\n    ")}`)
    .join("\n");
}
