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
