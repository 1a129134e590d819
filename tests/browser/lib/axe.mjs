// axe-core in the page: the WCAG 2.0, 2.1 and 2.2 A and AA rules run on whatever the page
// shows now, and every violation returned as one line a reader can act on.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The axe tags DESIGN §8 and DOMAIN §5.3 hold every page to. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe on `page` as it is now and returns its violations as
 * `{ rule, impact, help, targets }`, each target a CSS selector with the failing HTML.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    // Evaluated through the DevTools protocol, which the page's Content-Security-Policy
    // (script-src 'self', DESIGN §11) does not govern; a <script> tag would be refused.
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary.split("\n").slice(1, 2).join("")}`.trim()),
    }));
  }, WCAG_TAGS);
  return violations;
}

/** One line per failing element: `page @ width: rule (impact) target`. */
export function describe(where, violations) {
  return violations.flatMap((v) => v.targets.map((t) => `${where}: ${v.rule} (${v.impact}: ${v.help}) ${t}`));
}
