import { expect, type Page, test } from "@playwright/test";
import { graphNodeIds, watchForProblems } from "./helpers";

function graphCounts(page: Page) {
  return page.evaluate(() => {
    const cy = window.cy;
    return { nodes: cy?.nodes().length ?? 0, edges: cy?.edges().length ?? 0 };
  });
}

test("search, draw, inspect, expand, reload and tabulate a neighbourhood", async ({ page }, testInfo) => {
  const problems = watchForProblems(page);
  await page.goto("/explore");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Graph explorer");
  await expect(page.getByRole("link", { name: "Graph explorer" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Decision support from the listed sources, not a diagnosis.")).toBeVisible();

  const search = page.getByRole("combobox", { name: "Search the graph" });
  await search.fill("pyelonephritis");
  await expect(page.getByRole("option").first()).toContainText("Pyelonephritis");
  await page.screenshot({ path: testInfo.outputPath("01-search.png") });

  await search.press("ArrowDown");
  await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/explore\?node=pyelonephritis$/);

  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 5);
  const drawn = await graphCounts(page);
  expect(drawn.edges).toBeGreaterThan(5);
  expect(await page.evaluate(() => window.cy?.$id("pyelonephritis").nonempty())).toBe(true);
  const panel = page.getByTestId("node-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toContainText("Pyelonephritis");
  // The layout runs in a worker: the picture is only worth keeping once it has been applied.
  await expect(page.getByText("Arranging the graph…")).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath("02-neighbourhood.png") });

  // Braces matter: emit() returns the collection, and serialising that back to the test takes seconds.
  await page.evaluate(() => {
    window.cy?.$id("fever").emit("tap");
  });
  await expect(panel.getByRole("heading", { level: 2, name: "Fever" })).toBeVisible();
  await expect(panel.locator(".quote").first()).toHaveText(/^“.+”$/);
  await expect(panel.locator(".quote-source").first()).toHaveText(/\w{3,}/);
  await page.screenshot({ path: testInfo.outputPath("03-fever-details.png") });

  await panel.getByRole("button", { name: "Expand" }).click();
  await expect(page).toHaveURL(/expand=fever/);
  await page.waitForFunction((before) => (window.cy?.nodes().length ?? 0) > before, drawn.nodes);
  const expandedIds = await graphNodeIds(page);
  await page.screenshot({ path: testInfo.outputPath("04-expanded.png") });

  await page.reload();
  await page.waitForFunction((count) => window.cy?.nodes().length === count, expandedIds.length);
  expect(await graphNodeIds(page)).toEqual(expandedIds);
  await expect(panel.getByRole("heading", { level: 2 })).toContainText("Pyelonephritis");

  await page.getByRole("button", { name: "Show as table" }).click();
  const table = page.getByTestId("graph-table");
  await expect(table).toBeVisible();
  const tableIds = await table
    .locator("tbody tr[data-node-id]")
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.nodeId ?? "").sort());
  expect(tableIds).toEqual(expandedIds);
  await page.screenshot({ path: testInfo.outputPath("05-table.png"), fullPage: true });

  await table.getByRole("button", { name: "Fever" }).first().click();
  await expect(panel.getByRole("heading", { level: 2, name: "Fever" })).toBeVisible();
  await page.getByRole("button", { name: "Show as graph" }).click();
  await expect
    .poll(() => page.evaluate(() => window.cy?.$(":selected").map((node) => node.id())))
    .toEqual(["fever"]);

  expect(problems).toEqual([]);
});

test("double-tapping a node merges its neighbourhood into the drawing", async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto("/explore?node=osteochondrosis");
  await page.waitForFunction(() => window.cy?.$id("fever").nonempty());
  const before = await graphCounts(page);

  await page.evaluate(() => {
    window.cy?.$id("fever").emit("dbltap");
  });
  await expect(page).toHaveURL(/\/explore\?node=osteochondrosis&expand=fever$/);
  await expect.poll(async () => (await graphCounts(page)).nodes).toBeGreaterThan(before.nodes);
  expect(await page.evaluate(() => window.cy?.$id("pyelonephritis").nonempty())).toBe(true);
  expect(problems).toEqual([]);
});

test("a hit found through an alias says which alias matched", async ({ page }) => {
  await page.goto("/explore");
  await page.getByRole("combobox", { name: "Search the graph" }).fill("kidney infection");
  const first = page.getByRole("option").first();
  await expect(first).toContainText("Pyelonephritis");
  await expect(first).toContainText("Condition", { ignoreCase: true });
  await expect(first).toContainText("matches “kidney infection”");
});

test("the app icon is served, so the favicon request does not 404", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/\/icon\.svg/);
  const response = await request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  expect((await request.get("/favicon.ico")).status()).toBe(200);
});

test("a clear error is shown when the graph API is unreachable", async ({ page }, testInfo) => {
  await page.route("**/graphql", (route) =>
    route.fulfill({
      status: 502,
      json: {
        errors: [{ message: "The graph API is unreachable", extensions: { code: "STORE_UNAVAILABLE" } }],
      },
    }),
  );
  await page.goto("/explore?node=pyelonephritis");
  await expect(page.getByRole("alert").filter({ hasText: "Could not load the graph" })).toContainText(
    "The graph API is unreachable",
  );
  await page.screenshot({ path: testInfo.outputPath("06-api-unreachable.png") });
});

test("the same-origin /graphql route forwards queries to the API", async ({ request }) => {
  const response = await request.post("/graphql", {
    data: { query: '{ node(id: "fever") { id kind name } }' },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ data: { node: { id: "fever", kind: "FINDING" } } });
});
