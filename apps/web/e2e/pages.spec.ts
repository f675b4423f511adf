import { expect, test } from "@playwright/test";
import { seriousViolations, VIGNETTE, waitForLayout, watchForProblems } from "./helpers";

test("node pages show any entity's neighbourhood and evidence, and are linkable", async ({
  page,
}, testInfo) => {
  const problems = watchForProblems(page);
  await page.goto(`${VIGNETTE}&node=pyelonephritis`);
  await page
    .getByTestId("node-panel")
    .getByRole("link", { name: /Open the page for/ })
    .click();
  await expect(page).toHaveURL(/\/node\/pyelonephritis$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pyelonephritis of pregnancy");
  await waitForLayout(page);
  expect(await page.evaluate(() => window.cy?.$id("fever").nonempty())).toBe(true);
  await expect(page.getByTestId("node-panel").locator(".quote").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("10-node-page.png") });

  await page.goto("/node/radiography");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Radiography");
  await expect(page.getByTestId("node-safety")).toContainText("Caution in pregnancy");
  await expect(page.getByTestId("node-safety")).toContainText("disagrees with the headline");
  await page.evaluate(() => {
    window.cy?.$id("mri").emit("dbltap");
  });
  await expect(page).toHaveURL(/\/node\/radiography\?expand=mri$/);
  await page.reload();
  await waitForLayout(page);
  expect(await page.evaluate(() => window.cy?.$id("osteochondrosis").nonempty())).toBe(true);
  expect(problems).toEqual([]);
});

test("axe finds no serious or critical violations on the main pages", async ({ page }) => {
  const pages = [
    "/",
    VIGNETTE,
    "/explore?node=pyelonephritis",
    "/node/radiography",
    `/print${VIGNETTE.slice(1)}`,
  ];
  const found: Record<string, string[]> = {};
  for (const url of pages) {
    await page.goto(url);
    if (url !== "/" && !url.startsWith("/print")) await waitForLayout(page);
    if (url.startsWith("/print")) await expect(page.locator(".print-candidate").first()).toBeVisible();
    if (url === VIGNETTE) await page.getByRole("button", { name: /^Why\? Pyelonephritis/ }).click();
    found[url] = await seriousViolations(page);
  }
  expect(found).toEqual(Object.fromEntries(pages.map((url) => [url, []])));
});

test("keyboard users see where focus is, and colour never carries meaning alone", async ({ page }) => {
  await page.goto(VIGNETTE);
  await waitForLayout(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const flip = page.getByRole("button", { name: "Fever: present. Mark as absent" });
  await flip.focus();
  const outline = await flip.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe("none");

  // Safety and role are written in each graph label; the legend names every colour.
  const labels = await page.evaluate(
    () => window.cy?.nodes().map((node) => String(node.data("label"))) ?? [],
  );
  expect(labels).toContain("Urinalysis\n✓ Allowed");
  expect(labels).toContain("Fever\n(present)");
  for (const word of ["Allowed", "Caution", "Avoid", "Contraindicated", "Conflicting", "Not rated"]) {
    await expect(page.getByTestId("case-graph").getByTestId("graph-legend")).toContainText(word);
  }
  for (const word of ["supports", "argues against", "evaluates", "treats", "contraindicated"]) {
    await expect(page.getByTestId("case-graph").getByTestId("graph-legend")).toContainText(word);
  }
});

test("every page carries the security headers, and the CSP blocks nothing the pages use", async ({
  page,
}) => {
  const problems = watchForProblems(page);
  const csp: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) csp.push(message.text());
  });
  // Every violation the browser reports, whether or not it also logs one.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const w = window as unknown as { cspViolations?: string[] };
      w.cspViolations = [...(w.cspViolations ?? []), `${event.violatedDirective} ${event.blockedURI}`];
    });
  });
  const nonces = new Set<string>();
  const pages = [
    "/",
    VIGNETTE,
    "/explore?node=pyelonephritis",
    "/node/pyelonephritis",
    "/safety",
    "/paths",
    "/paths/audit",
  ];
  for (const url of pages) {
    const response = await page.goto(url);
    const headers = response?.headers() ?? {};
    const policy = headers["content-security-policy"] ?? "";
    expect(policy, url).toContain("frame-ancestors 'none'");
    // Scripts by nonce, a new one per page: no inline script runs without it.
    expect(policy, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
    nonces.add(/'nonce-([^']+)'/.exec(policy)?.[1] ?? "");
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], url).toBe("DENY");
    if (url.startsWith("/?") || url.startsWith("/explore") || url.startsWith("/node"))
      await waitForLayout(page);
    // Next's own scripts carry the nonce, so the page is live: React has hydrated it.
    expect(await page.evaluate(() => [...document.scripts].some((s) => s.nonce !== "")), url).toBe(true);
    expect(
      await page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations ?? []),
      url,
    ).toEqual([]);
  }
  expect(nonces.size).toBe(pages.length);
  const graphql = await page.request.post("/graphql", {
    data: { query: "{ __typename }" },
    headers: { "content-type": "application/json" },
  });
  expect(graphql.headers()["x-content-type-options"]).toBe("nosniff");
  expect(csp).toEqual([]);
  expect(problems).toEqual([]);
});

test("the navigation and the print link fetch their page when pointed at or focused, not on sight", async ({
  page,
}) => {
  const problems = watchForProblems(page);
  const ahead: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has("_rsc")) ahead.push(url.pathname);
  });
  await page.goto(VIGNETTE);
  await waitForLayout(page);
  // Nothing fetched ahead while the case loads: the links are all in view.
  expect(ahead).toEqual([]);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Graph explorer" }).hover();
  await expect.poll(() => ahead.includes("/explore")).toBe(true);
  await page.getByRole("link", { name: "Print view" }).focus();
  await expect.poll(() => ahead.includes("/print")).toBe(true);
  expect(ahead.filter((path) => path !== "/explore" && path !== "/print")).toEqual([]);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Graph explorer" }).click();
  await expect(page).toHaveURL(/\/explore$/);
  expect(problems).toEqual([]);
});
