import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA; axe-core 4.14 files target-size (24 px, WCAG 2.2's 2.5.8) under wcag22aa, so it runs too. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Fails on any moderate, serious or critical violation of WCAG 2.2 AA on the current page.
 * (The name is kept from when it checked serious ones only: every spec calls it.)
 */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Next streams metadata: after a client-side navigation the <title> can arrive a moment after the
  // content. Every page must have one, so wait for it rather than race it.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const failing = results.violations
    .filter((v) => v.impact === "moderate" || v.impact === "serious" || v.impact === "critical")
    // Map markers and cluster discs may sit close together: WCAG 2.5.8's "equivalent" exception
    // applies, because every place on the map is also a full-size button in the list beside it, and
    // the zoom buttons (44 px) do what tapping a cluster does.
    .map((v) => (v.id === "target-size" ? { ...v, nodes: v.nodes.filter((n) => !/leaflet-marker-icon|\.nx-place-|\.nx-cluster/.test(n.target.join(" "))) } : v))
    .filter((v) => v.nodes.length > 0);
  expect(failing.map((v) => `${v.id} [${v.impact}]: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
