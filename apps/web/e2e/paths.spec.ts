import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { seriousViolations } from "./helpers";

/** The tokens playwright.config.ts gives the API in API_TOKENS. */
const EDUCATOR_TOKEN = "e2e-educator-token-7f3a9c";
const READER_TOKEN = "e2e-reader-token-2b8d41";
const ADMIN_TOKEN = "e2e-admin-token-5c1e77";

const XSS = '<script>window.__xss = 1</script> and <img src=x onerror="window.__xss=2">';

type XssWindow = Window & { __xss?: number };

async function signIn(page: Page, token: string, role: string) {
  await page.goto("/paths");
  await page.getByLabel("Educator sign-in").fill(token);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("session")).toContainText(role);
}

/** Taps a graph element through the Cytoscape test hook, once it is drawn. */
async function tap(page: Page, id: string) {
  await page.waitForFunction((elementId) => window.cy?.$id(elementId).nonempty() ?? false, id);
  // Braces matter: emit() returns the collection, and serialising that back to the test takes seconds.
  await page.evaluate((elementId) => {
    window.cy?.$id(elementId).emit("tap");
  }, id);
}

function stepTitles(page: Page) {
  return page.getByRole("list", { name: "Steps" }).locator(".step-title").allTextContents();
}

/** Whether leaving now would ask first (the builder's unsaved-changes guard). */
function leavingIsGuarded(page: Page) {
  return page.evaluate(() => {
    const event = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

async function graphql(page: Page, query: string, variables: object = {}) {
  const response = await page.request.post("/graphql", { data: { query, variables } });
  return (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { extensions: { code: string } }[];
  };
}

const UPDATE = `mutation ($id: ID!, $v: Int!, $patch: TeachingPathPatch!) {
  updateTeachingPath(id: $id, expectedVersion: $v, patch: $patch) { version }
}`;

test("an educator builds a path in the graph, reorders, publishes and presents it", async ({
  page,
}, testInfo) => {
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await signIn(page, EDUCATOR_TOKEN, "Educator");
  // The token lives in an http-only cookie: page scripts and storage never see it.
  expect(await page.evaluate(() => document.cookie)).not.toContain(EDUCATOR_TOKEN);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain(
    EDUCATOR_TOKEN,
  );

  await page.getByRole("link", { name: "New path" }).click();
  await expect(page).toHaveURL(/\/paths\/new$/);
  const title = `Kidney or spine? (e2e ${Date.now()})`;
  await page.getByLabel("Path title").fill(title);

  const search = page.getByRole("combobox", { name: "Add a step by search" });
  await search.fill("pyelonephritis");
  await page
    .getByRole("option", { name: /Pyelonephritis/ })
    .first()
    .click();
  await expect(page.getByRole("list", { name: "Steps" }).getByRole("listitem")).toHaveCount(1);

  // Five more steps by clicking nodes and relationships in the graph.
  const clicks = [
    "PRESENTS_WITH:pyelonephritis->fever",
    "fever",
    "PRESENTS_WITH:osteochondrosis->fever",
    "osteochondrosis",
    "mri",
  ];
  for (const [i, id] of clicks.entries()) {
    await tap(page, id);
    await expect(page.getByRole("list", { name: "Steps" }).getByRole("listitem")).toHaveCount(i + 2);
  }
  expect(await page.evaluate(() => window.cy?.$id("mri").hasClass("step-current"))).toBe(true);
  expect(await stepTitles(page)).toEqual([
    "Pyelonephritis of pregnancy",
    "Pyelonephritis of pregnancy → presents with → Fever",
    "Fever",
    "Osteochondrosis of the spine → presents with → Fever",
    "Osteochondrosis of the spine",
    "Magnetic resonance imaging",
  ]);
  await expect(page.getByTestId("gap-summary")).toHaveCount(0);
  await expect(page.getByTestId("save-status")).toHaveText("Not saved yet");
  expect(await leavingIsGuarded(page)).toBe(true);

  // Annotate every step; the first one tries to inject markup.
  const steps = page.getByRole("list", { name: "Steps" }).locator(".step-select");
  for (let i = 0; i < 6; i += 1) {
    await steps.nth(i).click();
    const text = i === 0 ? `## Start here\n\n${XSS}` : `Step ${i + 1}: **why** this matters.`;
    await page.getByLabel(/^Annotation/).fill(text);
  }
  await steps.nth(2).click();
  await page.getByLabel("Question for the learner").fill("Which finding splits kidney from spine?");
  await page.getByLabel(/^Answer/).fill("Fever: pyelonephritis brings it, osteochondrosis never does.");
  await steps.nth(0).click();
  const preview = page.locator(".preview .annotation");
  await expect(preview.getByRole("heading", { name: "Start here" })).toBeVisible();
  await expect(preview).toContainText("<script>window.__xss = 1</script>");
  await expect(preview).toContainText('<img src=x onerror="window.__xss=2">');
  await expect(preview.locator("script, img")).toHaveCount(0);

  // Reorder by keyboard: MRI up one place leaves it unconnected to the step before.
  await steps.nth(5).focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(steps.nth(4)).toBeFocused();
  expect((await stepTitles(page)).slice(4)).toEqual([
    "Magnetic resonance imaging",
    "Osteochondrosis of the spine",
  ]);
  await expect(page.getByTestId("gap-summary")).toContainText("1 step does not follow on");
  await expect(page.locator(".step-gap")).toHaveText(/Not connected to step 4 in the graph/);

  // ...and back by dragging osteochondrosis onto the top half of MRI.
  const items = page.getByRole("list", { name: "Steps" }).getByRole("listitem");
  await items.nth(5).dragTo(items.nth(4), { targetPosition: { x: 40, y: 6 } });
  expect((await stepTitles(page)).slice(4)).toEqual([
    "Osteochondrosis of the spine",
    "Magnetic resonance imaging",
  ]);
  await expect(page.getByTestId("gap-summary")).toHaveCount(0);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("save-status")).toHaveText("All changes saved");
  await expect(page).toHaveURL(/\/paths\/[^/]+\/edit$/);
  expect(await leavingIsGuarded(page)).toBe(false);
  const pathId = decodeURIComponent(new URL(page.url()).pathname.split("/")[2] ?? "");

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.locator(".builder-actions .status-badge")).toHaveText("Published");
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("paths-01-builder.png") });
  expect(await seriousViolations(page)).toEqual([]);

  // Someone else saves first: the builder refuses to overwrite and offers the latest version.
  const current = await graphql(page, "query ($id: ID!) { teachingPath(id: $id) { version } }", {
    id: pathId,
  });
  const version = ((current.data?.teachingPath ?? { version: -1 }) as { version: number }).version;
  const other = await graphql(page, UPDATE, {
    id: pathId,
    v: version,
    patch: { summary: "Changed elsewhere" },
  });
  expect(other.errors).toBeUndefined();
  const audience = page.getByLabel("Audience");
  if (!(await audience.isVisible())) await page.getByText("About this path").click();
  await audience.fill("Midwives");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("conflict")).toContainText("changed somewhere else");
  await expect(page.getByTestId("save-status")).toHaveText("Unsaved changes");
  await page.getByRole("button", { name: "Reload latest" }).click();
  await expect(page.getByTestId("conflict")).toHaveCount(0);
  await expect(page.getByTestId("save-status")).toHaveText("All changes saved");
  await expect(page.getByLabel("Summary")).toHaveValue("Changed elsewhere");
  expect(await stepTitles(page)).toHaveLength(6);

  // Present it.
  await page.getByRole("link", { name: "Present" }).click();
  await expect(page).toHaveURL(new RegExp(`/paths/${pathId}\\?step=1$`));
  await expect(page.getByTestId("progress")).toHaveText("Step 1 of 6");
  await page.waitForFunction(() => window.cy?.$id("pyelonephritis").hasClass("step-current") ?? false);
  const firstStep = page.getByTestId("presenter-step");
  await expect(firstStep).toContainText("<script>window.__xss = 1</script>");
  await expect(firstStep.locator("script, img")).toHaveCount(0);

  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("progress")).toHaveText("Step 2 of 6");
  await expect(page).toHaveURL(/\?step=2$/);
  const classes = () =>
    page.evaluate(() => ({
      edge: window.cy?.$id("PRESENTS_WITH:pyelonephritis->fever").classes() ?? [],
      first: window.cy?.$id("pyelonephritis").classes() ?? [],
    }));
  await expect.poll(async () => (await classes()).edge).toContain("step-current");
  expect((await classes()).first).toContain("step-visited");
  // Steps still to come are not drawn at all, so the walk ahead is not given away.
  expect(await page.evaluate(() => window.cy?.$id("mri").empty())).toBe(true);
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("progress")).toHaveText("Step 1 of 6");

  await page.goto(`/paths/${pathId}?step=3`);
  await expect(page.getByTestId("progress")).toHaveText("Step 3 of 6");
  await expect(page.getByRole("heading", { level: 2, name: "Fever" })).toBeVisible();
  await page.waitForFunction(() => window.cy?.$id("fever").hasClass("step-current") ?? false);
  await expect(page.getByTestId("answer")).toHaveCount(0);
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByTestId("answer")).toContainText("osteochondrosis never does");
  await page.waitForFunction(
    () =>
      Number(document.querySelector("[data-testid=graph-canvas]")?.getAttribute("data-layout-runs") ?? 0) > 0,
  );
  await page.screenshot({ path: testInfo.outputPath("paths-02-presenter.png") });
  expect(await seriousViolations(page)).toEqual([]);

  expect(await page.evaluate(() => (window as XssWindow).__xss)).toBeUndefined();
  expect(pageErrors).toEqual([]);

  await page.goto("/paths");
  await expect(page.getByTestId("published").locator(`[data-path-id="${pathId}"]`)).toContainText(title);
  await page.screenshot({ path: testInfo.outputPath("paths-03-library-educator.png"), fullPage: true });
});

test("a reader can present paths but not change them", async ({ page }) => {
  await signIn(page, READER_TOKEN, "Reader");
  await expect(page.getByTestId("published").locator(".path-card").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "New path" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^(Delete|Duplicate)/ })).toHaveCount(0);
  await expect(page.getByTestId("drafts")).toHaveCount(0);

  await page.goto("/paths/kidney-or-spine/edit");
  await expect(page.getByTestId("editor-gate")).toContainText("needs an educator sign-in");
  await expect(page.getByLabel("Path title")).toHaveCount(0);

  await page.goto("/paths/kidney-or-spine");
  await expect(page.getByTestId("progress")).toHaveText(/^Step 1 of \d+$/);
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);

  const attempt = await graphql(page, UPDATE, { id: "kidney-or-spine", v: 1, patch: { title: "Hijacked" } });
  expect(attempt.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
});

test("signed out: published paths with search, no drafts, no sign-in with a wrong token", async ({
  page,
}, testInfo) => {
  await page.goto("/paths");
  const published = page.getByTestId("published");
  await expect(published.locator(".path-card")).not.toHaveCount(0);
  await expect(page.getByTestId("drafts")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Edit/ })).toHaveCount(0);

  await page.getByLabel("Search teaching paths").fill("osteochondrosis");
  await expect(published.locator(".path-card")).toHaveCount(1);
  await expect(published.locator(".path-card")).toContainText("Kidney or spine? Telling pyelonephritis");
  await page.getByLabel("Search teaching paths").fill("");
  await expect(published.locator(".path-card").nth(1)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("paths-04-library.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  const attempt = await graphql(page, UPDATE, { id: "kidney-or-spine", v: 1, patch: { title: "Hijacked" } });
  expect(attempt.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");

  await page.getByLabel("Educator sign-in").fill("not-a-real-token-000");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("session").getByRole("alert")).toContainText("not recognised");
  await expect(page.getByTestId("drafts")).toHaveCount(0);
});

test("an educator manages the library: load more, duplicate, export, import, delete, sign out", async ({
  page,
}) => {
  await signIn(page, EDUCATOR_TOKEN, "Educator");
  const tag = `Library e2e ${Date.now()}`;
  for (let i = 1; i <= 13; i += 1) {
    const created = await graphql(
      page,
      "mutation ($t: String!) { createTeachingPath(input: { title: $t }) { id } }",
      {
        t: `${tag} #${i}`,
      },
    );
    expect(created.errors).toBeUndefined();
  }
  await page.getByLabel("Search teaching paths").fill(tag);
  const drafts = page.getByTestId("drafts");
  await expect(drafts.locator(".path-card")).toHaveCount(12);
  await expect(drafts.getByRole("heading", { level: 2 })).toContainText("(13)");
  await drafts.getByRole("button", { name: "Load more" }).click();
  await expect(drafts.locator(".path-card")).toHaveCount(13);
  await expect(drafts.getByRole("button", { name: "Load more" })).toHaveCount(0);

  await page.getByLabel("Search teaching paths").fill("osteochondrosis");
  await expect(page.getByTestId("published").locator(".path-card")).toHaveCount(1);
  // A shipped path is an admin's to change: an educator may present and duplicate it, not edit it.
  const shipped = page.getByTestId("published").locator(".path-card");
  await expect(shipped.getByRole("button", { name: /^Duplicate/ })).toHaveCount(1);
  await expect(shipped.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
  await expect(shipped.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
  const copies = drafts.locator(".path-card", { hasText: "(copy)" });
  // Counted, not assumed: a rerun against a kept database finds earlier copies.
  const before = await copies.count();
  await page
    .getByTestId("published")
    .getByRole("button", { name: /^Duplicate/ })
    .click();
  await expect(page.getByRole("status")).toContainText("Copied as the draft");
  await expect(copies).toHaveCount(before + 1);

  const downloadPromise = page.waitForEvent("download");
  await copies
    .first()
    .getByRole("button", { name: /^Export/ })
    .click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.teaching-path\.json$/);
  await page.getByTestId("import-file").setInputFiles(await download.path());
  await expect(page.getByRole("status")).toContainText("Imported “Kidney or spine? Telling pyelonephritis");
  await expect(copies).toHaveCount(before + 2);

  page.once("dialog", (dialog) => void dialog.accept());
  await copies
    .first()
    .getByRole("button", { name: /^Delete/ })
    .click();
  await expect(page.getByRole("status")).toContainText("Deleted");
  await expect(copies).toHaveCount(before + 1);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByLabel("Educator sign-in")).toBeVisible();
  await expect(page.getByTestId("drafts")).toHaveCount(0);
});

test("the presenter: question first, answer on R, evidence and safety each step, nothing ahead shown, a handout", async ({
  page,
}, testInfo) => {
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto("/paths/kidney-or-spine");
  const progress = page.getByTestId("progress");
  await expect(progress).toHaveText("Step 1 of 7");
  const step = page.getByTestId("presenter-step");
  await page.waitForFunction(() => window.cy?.$id("unilateral-pain").nonempty() ?? false);

  // The walk ahead is hidden: later steps are neither drawn nor named.
  const drawn = (id: string) => page.evaluate((nodeId) => window.cy?.$id(nodeId).nonempty() ?? false, id);
  expect(await drawn("pyelonephritis")).toBe(false);
  expect(await drawn("paracetamol")).toBe(false);
  await expect(page.getByRole("button", { name: "Step 2 (not reached yet)" })).toBeVisible();
  await expect(page.locator(".presenter-bar")).not.toContainText("Pyelonephritis");

  // The question comes first; the answer waits for R.
  const text = (await step.textContent()) ?? "";
  expect(text.indexOf("Which single finding")).toBeGreaterThan(-1);
  expect(text.indexOf("Which single finding")).toBeLessThan(text.indexOf("The presentation"));
  await expect(page.getByTestId("answer")).toHaveCount(0);
  await page.keyboard.press("r");
  await expect(page.getByTestId("answer")).toContainText("Fever.");
  await expect(step.getByTestId("step-safety")).toContainText("No safety rating applies");

  // Space moves on; a relationship step shows its quotes and sources.
  await page.locator("body").press("Space");
  await expect(progress).toHaveText("Step 2 of 7");
  await expect(page.getByTestId("answer")).toHaveCount(0);
  await expect(step.getByTestId("step-evidence").locator(".evidence li").first()).toBeVisible();
  await expect.poll(() => drawn("pyelonephritis")).toBe(true);
  expect(await drawn("osteochondrosis")).toBe(false);

  // A test or treatment step says how safe it is in pregnancy.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(progress).toHaveText("Step 4 of 7");
  await expect(step.getByTestId("step-safety")).toContainText("Urinalysis");
  await expect(step.getByTestId("step-safety")).toContainText(
    /Allowed|Caution|Avoid|Contraindicated|Conflicting|Not rated/,
  );
  await page.screenshot({ path: testInfo.outputPath("presenter-evidence.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download handout (Markdown)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("kidney-or-spine.handout.md");
  const handout = await readFile(await download.path(), "utf8");
  expect(handout).toContain("# Kidney or spine? Telling pyelonephritis from osteochondrosis");
  expect(handout).toContain("## Step 7: Paracetamol → treats → Osteochondrosis");
  expect(handout).toContain("**Answer:** Fever.");
  expect(handout).toMatch(/\*\*Safety — Paracetamol:\*\* \S+ \w+/);
  expect(handout).toContain("> “");
  expect(pageErrors).toEqual([]);
});

test("the library keeps its search in the URL and saves searches in this browser", async ({ page }) => {
  await page.goto("/paths");
  const published = page.getByTestId("published");
  await expect(published.locator(".path-card").first()).toBeVisible();
  await page.getByLabel("Search teaching paths").fill("osteochondrosis");
  await expect(page).toHaveURL(/\/paths\?q=osteochondrosis$/);
  await expect(published.locator(".path-card")).toHaveCount(1);
  await page.getByRole("button", { name: "Save this search" }).click();

  await page.goto("/paths");
  await expect(published.locator(".path-card").nth(1)).toBeVisible();
  const saved = page.getByRole("list", { name: "Saved searches" });
  await saved.getByRole("button", { name: "osteochondrosis", exact: true }).click();
  await expect(page.getByLabel("Search teaching paths")).toHaveValue("osteochondrosis");
  await expect(published.locator(".path-card")).toHaveCount(1);

  await page.goto("/paths?q=osteochondrosis");
  await expect(page.getByLabel("Search teaching paths")).toHaveValue("osteochondrosis");
  await expect(published.locator(".path-card")).toHaveCount(1);
  await saved.getByRole("button", { name: "Forget the saved search osteochondrosis" }).click();
  await expect(saved).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("list", { name: "Saved searches" })).toHaveCount(0);
});

test("the audit log: admins read who changed which path; nobody else sees it", async ({ page }) => {
  await page.goto("/paths/audit");
  await expect(page.getByTestId("audit-gate")).toContainText("for admins");
  await expect(page.getByTestId("audit-log")).toHaveCount(0);

  await signIn(page, EDUCATOR_TOKEN, "Educator");
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await page.goto("/paths/audit");
  await expect(page.getByTestId("audit-gate")).toBeVisible();
  await page.goto("/paths");
  await page.getByRole("button", { name: "Sign out" }).click();

  await signIn(page, ADMIN_TOKEN, "Admin");
  // An admin's own write shows up at the top, under their display name.
  const created = await graphql(
    page,
    'mutation { createTeachingPath(input: { title: "Audited path", steps: [] }) { id version } }',
  );
  const path = created.data?.createTeachingPath as { id: string; version: number };
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(/\/paths\/audit$/);
  const rows = page.getByTestId("audit-log").locator("tbody tr");
  await expect(rows.first()).toContainText("E2E Admin");
  await expect(rows.first()).toContainText("create");
  await expect(rows.first().getByRole("link", { name: "Audited path" })).toHaveAttribute(
    "href",
    `/paths/${path.id}`,
  );
  await expect(rows.first().locator("td").last()).toHaveText(String(path.version));
  // The shipped paths were seeded at start: their entries are older, further down.
  await expect(page.getByTestId("audit-log")).toContainText("seed");
  expect(await seriousViolations(page)).toEqual([]);
});
