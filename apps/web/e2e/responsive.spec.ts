import { expect, type Page, test } from "@playwright/test";
import { seriousViolations, VIGNETTE, waitForLayout } from "./helpers";

/** Phone, tablet and laptop widths from issue 17. */
const WIDTHS = [360, 768, 1280] as const;

interface PageCase {
  name: string;
  url: string;
  ready: (page: Page) => Promise<void>;
}

const PAGES: PageCase[] = [
  { name: "home", url: "/", ready: (page) => expect(page.getByLabel("Add a finding")).toBeVisible() },
  {
    name: "differential",
    url: VIGNETTE,
    ready: (page) => expect(page.getByTestId("candidates").locator("li.candidate").first()).toBeVisible(),
  },
  { name: "explore", url: "/explore?node=pyelonephritis", ready: waitForLayout },
  { name: "node", url: "/node/pyelonephritis", ready: waitForLayout },
  {
    name: "paths",
    url: "/paths",
    ready: (page) => expect(page.getByTestId("published").locator(".path-card").first()).toBeVisible(),
  },
  {
    name: "presenter",
    url: "/paths/kidney-or-spine",
    ready: (page) => expect(page.getByTestId("progress")).toHaveText(/^Step 1 of \d+$/),
  },
];

/**
 * How far the page reaches past the viewport's right edge, with the innermost elements that stick
 * out (class names), so a failure says where to look. Empty when the page fits.
 */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const over = document.documentElement.scrollWidth - window.innerWidth;
    if (over <= 0) return [];
    const culprits = Array.from(document.body.querySelectorAll<HTMLElement>("*"))
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter((element) => element.children.length === 0 || element.closest("svg") === null)
      .slice(-6)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return [`overflows by ${over} px: ${culprits.join(" | ")}`];
  });
}

/**
 * Interactive elements smaller than 44 x 44 px, as "tag 'name' WxH". A checkbox or radio is
 * measured by its label, which takes the tap; links inside running text are exempt, as WCAG 2.5.5
 * exempts inline targets; so are visually hidden and undisplayed elements.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 43.5;
    const selector =
      "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=tab], [tabindex]:not([tabindex='-1'])";
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (element.closest(".visually-hidden, .skip-link, [hidden], [inert]")) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.display === "none") continue;
      const label = element.closest("label");
      const target =
        (element instanceof HTMLInputElement && ["checkbox", "radio"].includes(element.type) && label) ||
        element;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const inline =
        element.tagName === "A" &&
        style.display === "inline" &&
        (element.parentElement?.textContent ?? "").trim().length > (element.textContent ?? "").trim().length;
      if (inline) continue;
      if (box.width < MIN || box.height < MIN) {
        const name = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40);
        found.push(
          `${element.tagName.toLowerCase()} '${name}' ${Math.round(box.width)}x${Math.round(box.height)}`,
        );
      }
    }
    return found;
  });
}

for (const width of WIDTHS) {
  test(`every page fits ${width} px, passes axe and is screenshotted`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: width < 768 ? 740 : 900 });
    const problems: Record<string, string[]> = {};
    for (const entry of PAGES) {
      await page.goto(entry.url);
      await entry.ready(page);
      // On a phone the differential is three tabs: each is checked and screenshotted on its own.
      const tabs = await page.getByRole("tablist", { name: "Case views" }).getByRole("tab").all();
      const views = tabs.length > 0 ? tabs : [null];
      for (const tab of views) {
        const name = tab ? `${entry.name}-${(await tab.textContent())?.toLowerCase()}` : entry.name;
        if (tab) await tab.click();
        const found: string[] = [];
        found.push(...(await overflow(page)));
        if (width === 360) found.push(...(await smallTargets(page)));
        found.push(...(await seriousViolations(page)));
        if (found.length > 0) problems[name] = found;
        await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
      }
    }
    expect(problems).toEqual({});
  });
}

test("at 360 px the differential is three tabs driven by arrow keys; at 1280 px it is one page", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(VIGNETTE);
  const tabs = page.getByRole("tablist", { name: "Case views" });
  await expect(tabs.getByRole("tab")).toHaveText(["Findings", "Ranking", "Graph"]);
  const findings = page.getByRole("tab", { name: "Findings" });
  const ranking = page.getByRole("tab", { name: "Ranking" });
  const graph = page.getByRole("tab", { name: "Graph" });
  // A case with findings opens on its ranking; the other panels are out of the way, not unmounted.
  await expect(ranking).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("candidates")).toBeVisible();
  await expect(page.getByLabel("Add a finding")).toBeHidden();
  await expect(page.getByTestId("case-graph")).toBeHidden();

  await ranking.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(findings).toBeFocused();
  await expect(findings).toHaveAttribute("aria-selected", "true");
  await expect(page.getByLabel("Add a finding")).toBeVisible();
  await expect(page.getByTestId("candidates")).toBeHidden();
  await page.keyboard.press("End");
  await expect(graph).toBeFocused();
  await expect(page.getByTestId("case-graph")).toBeVisible();
  await waitForLayout(page);
  // The drawing was laid out while hidden; shown, it is sized to its box and fitted.
  const size = await page.evaluate(() => ({
    width: window.cy?.width() ?? 0,
    height: window.cy?.height() ?? 0,
  }));
  expect(size.width).toBeGreaterThan(250);
  expect(size.height).toBeGreaterThan(250);
  await page.keyboard.press("ArrowRight");
  await expect(findings).toBeFocused();
  await expect(graph).toHaveAttribute("tabindex", "-1");
  await page.screenshot({ path: testInfo.outputPath("tabs-findings-360.png"), fullPage: true });

  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole("tablist", { name: "Case views" })).toHaveCount(0);
  await expect(page.getByLabel("Add a finding")).toBeVisible();
  await expect(page.getByTestId("candidates")).toBeVisible();
  await expect(page.getByTestId("case-graph")).toBeVisible();
});
