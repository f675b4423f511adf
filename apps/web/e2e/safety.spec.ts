import { expect, type Page, test } from "@playwright/test";
import { seriousViolations, waitForLayout, watchForProblems } from "./helpers";

interface ApiSafety {
  level: string;
  conflict: boolean;
  statements: {
    level: string;
    rank: number;
    textKind: string;
    date: string | null;
    source: { title: string };
  }[];
}

/** What the API says, through the app's own /graphql route, so the page is checked against it. */
async function apiSafety(page: Page, id: string, week: number): Promise<ApiSafety> {
  const response = await page.request.post("/graphql", {
    data: {
      query: `query($id: ID!, $week: Int) { node(id: $id) {
        ... on Drug { safety(gestationalWeek: $week) { level conflict statements { level rank textKind date source { title } } } }
        ... on Diagnostic { safety(gestationalWeek: $week) { level conflict statements { level rank textKind date source { title } } } }
      } }`,
      variables: { id, week },
    },
  });
  const body = await response.json();
  return body.data.node.safety as ApiSafety;
}

const LABELS: Record<string, string> = {
  ALLOWED: "Allowed",
  CAUTION: "Caution",
  AVOID: "Avoid",
  CONTRAINDICATED: "Contraindicated",
  CONFLICTING: "Conflicting",
};

/** The card shows the API's verdict in words, its conflict flag and one item per statement. */
async function expectCardMatches(page: Page, id: string, week: number) {
  const api = await apiSafety(page, id, week);
  const card = page.getByTestId("safety-card");
  await expect(card.getByTestId("safety-verdict").locator(".safety-verdict-level")).toContainText(
    `${LABELS[api.level]} at week ${week}`,
  );
  await expect(card.getByTestId("conflict-flag")).toHaveAttribute("data-conflict", String(api.conflict));
  const statements = card.locator(".safety-statement");
  await expect(statements).toHaveCount(api.statements.length);
  for (const [index, statement] of api.statements.entries()) {
    const item = statements.nth(index);
    await expect(item).toHaveAttribute("data-rank", String(statement.rank));
    await expect(item).toHaveAttribute("data-text-kind", statement.textKind);
    await expect(item).toContainText(statement.source.title);
    await expect(item).toContainText(
      statement.textKind === "QUOTE" ? "Quote (the source's own words)" : "Summary (not the source's words)",
    );
    if (statement.date) await expect(item).toContainText(statement.date);
  }
  return api;
}

async function noHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

test("the safety checker answers ibuprofen at weeks 10, 24 and 32 as the API does, with safer alternatives", async ({
  page,
}, testInfo) => {
  const problems = watchForProblems(page);
  await page.goto("/safety");
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Safety checker" }),
  ).toHaveAttribute("aria-current", "page");
  expect(await seriousViolations(page)).toEqual([]);

  const picker = page.getByRole("combobox", { name: "Drug, test or measure" });
  await picker.fill("ibuprofen");
  await expect(page.getByRole("option").first()).toContainText("Ibuprofen (oral)");
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await expect(page).toHaveURL(/\/safety\?subject=ibuprofen$/);

  await page.getByLabel("Gestational week").fill("10");
  await expect(page).toHaveURL(/\/safety\?subject=ibuprofen&week=10$/);
  const week10 = await expectCardMatches(page, "ibuprofen", 10);
  const verdict10 = await page.getByTestId("safety-verdict").locator(".safety-verdict-level").textContent();

  await page.getByLabel("Gestational week").fill("24");
  await expect(page).toHaveURL(/week=24$/);
  const week24 = await expectCardMatches(page, "ibuprofen", 24);
  const verdict24 = await page.getByTestId("safety-verdict").locator(".safety-verdict-level").textContent();
  expect(verdict24).not.toBe(verdict10);
  // The FDA's 20-week communication speaks at week 24 and not at week 10.
  const titles = (safety: ApiSafety) => safety.statements.map((s) => s.source.title);
  const fromWeek20 = titles(week24).filter((title) => !titles(week10).includes(title));
  expect(fromWeek20.length).toBeGreaterThan(0);
  for (const title of fromWeek20) await expect(page.getByTestId("safety-card")).toContainText(title);
  await expect(page.getByTestId("safety-card")).not.toContainText("seed-");

  // Safer alternatives are links to the checker at the same week, each rated allowed or caution.
  const safer = page.getByTestId("safer-alternatives");
  const paracetamol = safer.locator('[data-alternative-id="paracetamol"]');
  await expect(paracetamol).toContainText("alternative to its class");
  await expect(paracetamol.getByRole("link")).toHaveAttribute("href", "/safety?subject=paracetamol&week=24");
  const levels = await safer.locator(".safety-badge").allInnerTexts();
  expect(levels.length).toBeGreaterThan(0);
  for (const level of levels) expect(level).toMatch(/Allowed|Caution/);
  expect(await seriousViolations(page)).toEqual([]);

  for (const width of [360, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(page.getByTestId("safety-card")).toBeVisible();
    expect(await noHorizontalOverflow(page), `no horizontal scroll at ${width}px`).toBe(true);
    await page.screenshot({ path: testInfo.outputPath(`safety-ibuprofen-24-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 960 });

  await page.getByLabel("Gestational week").fill("32");
  await expectCardMatches(page, "ibuprofen", 32);

  await expect(paracetamol.getByRole("link")).toHaveAttribute("href", "/safety?subject=paracetamol&week=32");
  expect(problems).toEqual([]);
});

test("nitrofurantoin and radiography: verdicts by week, the conflict flag, and safer tests", async ({
  page,
}, testInfo) => {
  const problems = watchForProblems(page);
  for (const week of [10, 24, 39]) {
    await page.goto(`/safety?subject=nitrofurantoin&week=${week}`);
    const api = await expectCardMatches(page, "nitrofurantoin", week);
    if (api.level === "ALLOWED") {
      await expect(page.getByTestId("safer-alternatives")).toContainText("already allowed");
    }
    expect(await seriousViolations(page), `week ${week}`).toEqual([]);
  }
  await page.screenshot({ path: testInfo.outputPath("safety-nitrofurantoin-39.png"), fullPage: true });

  await page.goto("/safety?subject=radiography&week=24");
  const radiography = await expectCardMatches(page, "radiography", 24);
  expect(radiography.conflict).toBe(true);
  await expect(page.getByTestId("conflict-flag")).toContainText("Sources disagree");
  const safer = page.getByTestId("safer-alternatives");
  await expect(safer.locator("[data-alternative-id]").first()).toBeVisible();
  for (const level of await safer.locator(".safety-badge").allInnerTexts()) expect(level).toMatch(/Allowed/);
  await expect(safer.locator('[data-alternative-id="mri"]')).toContainText("alternative to Radiography");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("safety-radiography-24.png"), fullPage: true });

  // A bad week in the link is refused, never replaced by another one; an unknown id says so.
  await page.goto("/safety?subject=radiography&week=45");
  await expect(page.getByTestId("safety-verdict")).toContainText("in pregnancy");
  await page.goto("/safety?subject=no-such-thing");
  await expect(page.locator("main").getByRole("alert")).toContainText("Nothing in the graph has the id");
  expect(problems).toEqual([]);
});

test("the card prints alone: no header, form or buttons on paper", async ({ page }, testInfo) => {
  await page.goto("/safety?subject=ibuprofen&week=24");
  await expect(page.getByTestId("safety-card")).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole("button", { name: "Print this card" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print this card" })).toBeHidden();
  await expect(page.getByRole("combobox", { name: "Drug, test or measure" })).toBeHidden();
  await expect(page.getByTestId("safety-verdict")).toBeVisible();
  await expect(page.locator(".safety-statement").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("safety-print.png"), fullPage: true });
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  await page.emulateMedia({ media: "screen" });
});

test("the explorer's search opens the checker, and a week control recolours the explorer and node pages", async ({
  page,
}) => {
  const problems = watchForProblems(page);
  await page.goto("/explore");
  const search = page.getByRole("combobox", { name: "Search the graph" });
  await search.fill("ibuprofen");
  await expect(page.getByRole("option").first()).toContainText("Ibuprofen (oral)");
  await search.press("ArrowDown");
  await search.press("Enter");
  await waitForLayout(page);
  const panel = page.getByTestId("node-safety");
  await expect(panel.locator(".safety-badge").first()).toContainText("in pregnancy");

  await page.getByLabel("Gestational week").fill("10");
  await expect(page).toHaveURL(/\/explore\?node=ibuprofen&week=10$/);
  const at10 = await apiSafety(page, "ibuprofen", 10);
  await expect(panel.locator(".safety-badge").first()).toContainText(`${LABELS[at10.level]} at week 10`);
  await expect(panel.locator(".safety-statement")).toHaveCount(at10.statements.length);

  await page.getByLabel("Gestational week").fill("32");
  const at32 = await apiSafety(page, "ibuprofen", 32);
  await expect(panel.locator(".safety-badge").first()).toContainText(`${LABELS[at32.level]} at week 32`);
  expect(at32.level).not.toBe(at10.level);

  await page.getByTestId("search-safety-action").getByRole("link").click();
  await expect(page).toHaveURL(/\/safety\?subject=ibuprofen&week=32$/);
  await expectCardMatches(page, "ibuprofen", 32);

  await page.goto("/node/ibuprofen?week=32");
  await waitForLayout(page);
  await expect(page.getByTestId("node-safety").locator(".safety-badge").first()).toContainText(
    `${LABELS[at32.level]} at week 32`,
  );
  await page.getByLabel("Gestational week").fill("10");
  await expect(page).toHaveURL(/\/node\/ibuprofen\?week=10$/);
  await expect(page.getByTestId("node-safety").locator(".safety-badge").first()).toContainText(
    `${LABELS[at10.level]} at week 10`,
  );
  expect(await seriousViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});
