import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

/** The vignette of the issue: fever, painful urination and one-sided back pain at week 24. */
export const VIGNETTE = "/?present=fever,dysuria,unilateral-pain&week=24";

/** Console errors, uncaught exceptions and failed responses seen by the page. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

/**
 * `test` for a page that must run clean: it fails when the page logs a console error, throws or
 * gets an answer of 400 or more (watchForProblems), checked once the test body is done.
 */
export const cleanTest = test.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems = watchForProblems(page);
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export function graphNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.cy?.nodes().map((node) => node.id()) ?? []).sort());
}

/** Waits until the worker's layout has been applied to the drawing. */
export async function waitForLayout(page: Page): Promise<void> {
  await expect(page.getByTestId("graph-canvas")).toHaveAttribute("data-layout", "done");
}

/** How many layouts the canvas has applied; pass it to waitForNextLayout before changing the graph. */
export async function layoutRuns(page: Page): Promise<number> {
  return Number(await page.getByTestId("graph-canvas").getAttribute("data-layout-runs"));
}

export async function waitForNextLayout(page: Page, runs: number): Promise<void> {
  await expect.poll(() => layoutRuns(page)).toBeGreaterThan(runs);
  await waitForLayout(page);
}

/** Types into the finding picker and picks the first hit with the keyboard. */
export async function addFinding(page: Page, text: string, name: string, shift = false): Promise<void> {
  const picker = page.getByRole("combobox", { name: "Add a finding" });
  await picker.fill(text);
  await expect(page.getByRole("option").first()).toContainText(name);
  await picker.press("ArrowDown");
  await picker.press(shift ? "Shift+Enter" : "Enter");
  await expect(page.getByTestId("finding-chips")).toContainText(name);
}

export function firstCandidate(page: Page) {
  return page.getByTestId("candidates").locator("li.candidate").first();
}

/** Serious and critical WCAG 2.1 AA findings on the page as it stands. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}

/** One node's label as drawn, in rendered (screen) pixels. */
interface DrawnLabel {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The pairs of nodes whose drawn labels overlap each other, or overlap another node's body, as
 * Cytoscape bounds them on the screen (rendered bounding boxes). A label counts when it is drawn:
 * not empty, and not below the size Cytoscape stops drawing text at (min-zoomed-font-size).
 * Cytoscape pads each box by a pixel for antialiasing, so boxes that share an edge do not count.
 */
export async function overlappingLabels(page: Page): Promise<string[]> {
  const { labels, bodies } = await page.evaluate(() => {
    const cy = window.cy;
    if (!cy) return { labels: [], bodies: [] };
    const zoom = cy.zoom();
    const nodes = cy.nodes(":childless:visible");
    const drawn = nodes.filter((node) => {
      const text = String(node.style("label") ?? "");
      const size = Number.parseFloat(String(node.style("font-size"))) * zoom;
      const least = Number.parseFloat(String(node.style("min-zoomed-font-size"))) || 0;
      return text.trim() !== "" && size >= least;
    });
    const box = (id: string, b: { x1: number; y1: number; x2: number; y2: number }) => ({
      id,
      x1: b.x1,
      y1: b.y1,
      x2: b.x2,
      y2: b.y2,
    });
    return {
      labels: drawn.map((node) =>
        box(
          node.id(),
          node.renderedBoundingBox({
            includeNodes: false,
            includeEdges: false,
            includeLabels: true,
            includeOverlays: false,
            includeUnderlays: false,
          }),
        ),
      ),
      bodies: nodes.map((node) => {
        const at = node.renderedPosition();
        const w = node.renderedOuterWidth() / 2;
        const h = node.renderedOuterHeight() / 2;
        return { id: node.id(), x1: at.x - w, y1: at.y - h, x2: at.x + w, y2: at.y + h };
      }),
    };
  });
  const SLACK = 2;
  const overlap = (a: DrawnLabel, b: DrawnLabel) =>
    Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > SLACK &&
    Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > SLACK;
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (overlap(a, b)) found.push(`label ${a.id} / label ${b.id}`);
    for (const b of bodies) if (b.id !== a.id && overlap(a, b)) found.push(`label ${a.id} / node ${b.id}`);
  });
  return found;
}

/**
 * The nodes of the drawing on screen that are not wholly inside its canvas's visible box, body and
 * label (rendered bounding boxes, against the canvas's size), as "id (x1,y1 x2,y2 of W x H)":
 * each would need a pan to be seen. Empty when the whole graph is in view.
 */
export async function nodesOutsideCanvas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.cy;
    if (!cy) return ["no core"];
    const width = cy.width();
    const height = cy.height();
    // Cytoscape pads each box by a pixel for antialiasing.
    const SLACK = 1.5;
    return cy
      .nodes(":childless:visible")
      .filter((node) => {
        const b = node.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
        return b.x1 < -SLACK || b.y1 < -SLACK || b.x2 > width + SLACK || b.y2 > height + SLACK;
      })
      .map((node) => {
        const b = node.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
        const r = Math.round;
        return `${node.id()} (${r(b.x1)},${r(b.y1)} ${r(b.x2)},${r(b.y2)} of ${r(width)} x ${r(height)})`;
      });
  });
}
