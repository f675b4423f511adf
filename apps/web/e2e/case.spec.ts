import { expect } from "@playwright/test";
import {
  addFinding,
  firstCandidate,
  graphNodeIds,
  nodesOutsideCanvas,
  overlappingLabels,
  cleanTest as test,
  VIGNETTE,
  waitForLayout,
} from "./helpers";

test("a new user enters the vignette by keyboard and reads pyelonephritis first, with evidence, red flag, what to ask and what is safe", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await expect(page.getByTestId("trust-statement")).toHaveText(
    "Decision support from the listed sources, not a diagnosis.",
  );
  await expect(page.getByRole("heading", { name: "Start with what the patient has" })).toBeVisible();

  await addFinding(page, "fever", "Fever");
  await addFinding(page, "painful urination", "Painful urination");
  await addFinding(page, "unilateral back pain", "Unilateral back pain");
  await page.getByLabel("Gestational week").fill("24");
  await expect(page.getByTestId("trimester")).toHaveText("2nd trimester");
  await expect(page).toHaveURL(/\?present=fever,dysuria,unilateral-pain&week=24$/);

  // 2. The leader, its probability printed, its urgency in words.
  const leader = firstCandidate(page);
  await expect(leader).toHaveAttribute("data-condition-id", "pyelonephritis");
  await expect(leader).toContainText("Pyelonephritis of pregnancy");
  // Bayes puts it above 90%, but no single finding settles it: held to the ceiling.
  await expect(leader).toContainText("90%");
  await expect(leader).toContainText("Urgent");

  // The red-flag banner comes before everything else on the page, with its message.
  const flags = page.getByTestId("red-flags");
  // The banner is no alert (that re-announced it on every change); a live region says each flag once.
  await expect(page.getByTestId("red-flag-announcer")).toContainText("suspect pyelonephritis");
  await expect(flags.locator('[data-flag-id="rf-fever-with-kidney-signs"]')).toContainText(
    "suspect pyelonephritis",
  );
  const [flagTop, entryTop] = await Promise.all([
    flags.evaluate((element) => element.getBoundingClientRect().top),
    page
      .getByRole("heading", { name: "Case", exact: true })
      .evaluate((element) => element.getBoundingClientRect().top),
  ]);
  expect(flagTop).toBeLessThan(entryTop);
  await page.screenshot({ path: testInfo.outputPath("01-vignette.png") });

  // Expanding the leader shows the supporting findings, their ratio, the verbatim quote and the source kind.
  await leader.getByRole("button", { name: /Why\?/ }).click();
  const fever = leader.locator(".contribution.supports").filter({ hasText: "Fever" });
  await expect(fever).toContainText("odds ×11");
  await expect(fever.locator(".quote")).toHaveText("“the temperature rises;”");
  await expect(fever.locator(".quote-source").filter({ hasText: "Consumer article" })).toHaveCount(1);
  await expect(leader.locator(".candidate-trace")).toContainText(
    /Prior .+ → 90% after the findings below \(held to the 90% ceiling: no single finding settles it\)/,
  );
  // A link only the consumer articles back is held to ×3, and says so.
  const dysuria = leader.locator(".contribution.supports").filter({ hasText: "Painful urination" });
  await expect(dysuria.locator(".contribution-notes")).toHaveAttribute("data-clamped", "true");
  await expect(dysuria).toContainText("Consumer articles only: held to ×3");
  await leader.screenshot({ path: testInfo.outputPath("02-explanation.png") });

  // 1. What to ask next.
  await expect(page.getByTestId("ask-next").locator('[data-finding-id="leukocyturia"]')).toContainText(
    "Leukocytes",
  );

  // The don't-miss lane beside the ranking keeps pyelonephritis open, by its rule, with what rules it out.
  const lane = page.getByTestId("dont-miss");
  const pyelonephritis = lane.locator('[data-condition-id="pyelonephritis"]');
  await expect(pyelonephritis).toContainText("Urgent");
  await expect(
    pyelonephritis.locator('[data-reason="RULE"][data-rule-id="rf-fever-with-kidney-signs"]'),
  ).toContainText("Red-flag rule: ");
  await expect(leader).toHaveAttribute("data-kept-open", "true");

  // 4. Ultrasound and urinalysis allowed at week 24; radiography, linked but not suggested, shows its
  // headline (ACOG's CAUTION outranks the article) and that a source disagrees; fluoroquinolones never safe.
  const safety = page.getByTestId("safety-panel");
  for (const id of ["urinalysis", "abdominal-ultrasound"]) {
    await expect(safety.locator(`[data-subject-id="${id}"]`)).toHaveAttribute("data-level", "ALLOWED");
    await expect(safety.locator(`[data-subject-id="${id}"]`)).toContainText("Allowed at week 24");
  }
  const radiography = safety.locator('[data-subject-id="radiography"]');
  await expect(radiography).toHaveAttribute("data-level", "CAUTION");
  await expect(radiography).toHaveAttribute("data-conflict", "true");
  await expect(radiography.locator(".headline-note")).toHaveText(
    "Read from rank 2 (guideline or professional body); some sources disagree",
  );
  await expect(radiography.getByRole("link", { name: "What each source says" })).toHaveAttribute(
    "href",
    "/node/radiography",
  );
  await expect(radiography).not.toContainText(/not safe/i);
  await expect(safety.locator('[data-subject-id="fluoroquinolones"]')).toHaveAttribute(
    "data-level",
    /AVOID|CONTRAINDICATED/,
  );
  await safety.screenshot({ path: testInfo.outputPath("03-safety.png") });

  // 3. The same story in the graph: sizes by probability, safety colours, supporting edges.
  await waitForLayout(page);
  const graph = await page.evaluate(() => {
    const cy = window.cy;
    const node = (id: string) => cy?.$id(id);
    return {
      leaderSize: node("pyelonephritis")?.width(),
      runnerUpSize: node("urolithiasis")?.width(),
      urinalysis: node("urinalysis")?.data("safety"),
      ultrasound: node("abdominal-ultrasound")?.data("safety"),
      radiography: node("radiography")?.data("label"),
      supports: cy?.$id("SUPPORTS:fever->pyelonephritis").nonempty(),
      ask: node("leukocyturia")?.hasClass("role-ask"),
    };
  });
  expect(graph).toMatchObject({
    urinalysis: "ALLOWED",
    ultrasound: "ALLOWED",
    radiography: "Radiography\n! Caution",
    supports: true,
    ask: true,
  });
  expect(graph.leaderSize).toBeGreaterThan((graph.runnerUpSize ?? 0) * 1.5);
  await page.getByTestId("case-graph").screenshot({ path: testInfo.outputPath("04-case-graph.png") });
  // Every label is drawn, at the size the layout left room for: none overlaps another or a node.
  expect(await overlappingLabels(page)).toEqual([]);
  // ... and the whole graph is in view without a pan: every node, with its label, inside the canvas.
  expect(await nodesOutsideCanvas(page)).toEqual([]);
  const canvas = page.getByTestId("case-graph").getByTestId("graph-canvas");
  await expect(canvas).toHaveAttribute("data-overflow", "false");
  const band = await canvas.getAttribute("data-zoom-band");
  expect(band).not.toBe("far");
  await expect(canvas).toHaveAttribute("data-labels-sized-for", band ?? "");
});

test("flipping a finding re-ranks; ask-next adds in one click; the URL keeps the case across a reload; clear starts over", async ({
  page,
}, testInfo) => {
  await page.goto(VIGNETTE);
  await expect(firstCandidate(page)).toHaveAttribute("data-condition-id", "pyelonephritis");

  await page.getByRole("button", { name: "Fever: present. Mark as absent" }).click();
  await expect(page).toHaveURL(/present=dysuria,unilateral-pain&absent=fever/);
  await expect(firstCandidate(page)).toHaveAttribute("data-condition-id", "urolithiasis");
  await expect(page.getByTestId("finding-chips").locator('[data-finding-id="fever"]')).toContainText(
    "Absent",
  );
  await page.screenshot({ path: testInfo.outputPath("05-flipped.png") });

  // One keystroke flips it back.
  const flip = page.getByRole("button", { name: "Fever: absent. Mark as present" });
  await flip.focus();
  await page.keyboard.press("Space");
  await expect(firstCandidate(page)).toHaveAttribute("data-condition-id", "pyelonephritis");

  await page
    .getByTestId("ask-next")
    .getByRole("button", { name: "+ Absent Leukocytes in the urine" })
    .click();
  await expect(page).toHaveURL(/absent=leukocyturia/);
  await expect(page.getByTestId("finding-chips")).toContainText("Leukocytes in the urine");

  // Type-ahead matches aliases too; Shift+Enter adds the other way (absent).
  await page.getByRole("combobox", { name: "Add a finding" }).fill("queasiness");
  await expect(page.getByRole("option").first()).toContainText("Nausea");
  await expect(page.getByRole("option").first()).toContainText("matches “queasiness”");
  await page.getByRole("combobox", { name: "Add a finding" }).press("ArrowDown");
  await page.getByRole("combobox", { name: "Add a finding" }).press("Shift+Enter");
  await expect(page).toHaveURL(/absent=leukocyturia,nausea/);

  await waitForLayout(page);
  await page.evaluate(() => {
    window.cy?.$id("urinalysis").emit("tap");
  });
  await page.getByLabel("Layout").selectOption("force");
  await expect(page).toHaveURL(/node=urinalysis/);
  await expect(page).toHaveURL(/layout=force/);
  await waitForLayout(page);
  const url = page.url();
  const ids = await graphNodeIds(page);
  const ranking = await page
    .getByTestId("candidates")
    .locator("li")
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.conditionId));

  await page.reload();
  await waitForLayout(page);
  expect(page.url()).toBe(url);
  await expect(page.getByLabel("Gestational week")).toHaveValue("24");
  await expect(page.getByLabel("Layout")).toHaveValue("force");
  await expect(page.getByTestId("node-panel").getByRole("heading", { level: 2 })).toHaveText("Urinalysis");
  expect(await graphNodeIds(page)).toEqual(ids);
  expect(
    await page
      .getByTestId("candidates")
      .locator("li")
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.conditionId)),
  ).toEqual(ranking);
  expect(await page.evaluate(() => window.cy?.$(":selected").map((node) => node.id()))).toEqual([
    "urinalysis",
  ]);

  await page.getByRole("button", { name: "Clear case" }).click();
  await expect(page).toHaveURL(/\/\?layout=force$/);
  await expect(page.getByTestId("red-flags")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Start with what the patient has" })).toBeVisible();
  await expect(page.getByLabel("Gestational week")).toHaveValue("");
});

test("preterm labour stays in the don't-miss lane with its red flag while a benign cause leads", async ({
  page,
}, testInfo) => {
  await page.goto("/?present=regular-increasing-contractions,low-back-pain,sacral-pain&week=32");
  const lane = page.getByTestId("dont-miss");
  const preterm = lane.locator('[data-condition-id="preterm-labour"]');
  await expect(preterm).toContainText("Emergency");
  await expect(
    preterm.locator('[data-reason="RULE"][data-rule-id="rf-contractions-before-term"]'),
  ).toHaveCount(1);
  await expect(
    page.getByTestId("red-flags").locator('[data-flag-id="rf-contractions-before-term"]'),
  ).toBeVisible();
  // The lane shows the ranking's own numbers: the same probability and rank.
  const ranked = page.getByTestId("candidates").locator('[data-condition-id="preterm-labour"]');
  await expect(ranked).toHaveAttribute("data-kept-open", "true");
  const rank = (await ranked.locator(".candidate-rank").textContent()) ?? "";
  await expect(preterm).toContainText(`ranked ${rank.replace(/\D/g, "")}`);
  await preterm.getByText(/^Because of:/).click();
  await expect(preterm.locator(".dont-miss-finding").first()).toContainText("rf-contractions-before-term");
  await lane.screenshot({ path: testInfo.outputPath("06-dont-miss.png") });
});

test("safety headlines: a guideline outranks an article that dissents; equally ranked sources that split are conflicting", async ({
  page,
}, testInfo) => {
  // Spine pain with normal tests at 25 weeks: radiography is suggested, with every statement.
  await page.goto("/?present=worse-with-movement,normal-tests&week=25");
  const radiography = page.getByTestId("safety-panel").locator('[data-subject-id="radiography"]').first();
  await expect(radiography).toHaveAttribute("data-level", "CAUTION");
  await expect(radiography).toContainText("Caution at week 25");
  await expect(radiography.locator(".headline-note")).toHaveText(
    "⇄ Read from rank 2 (guideline or professional body); 1 source disagrees (shown below)",
  );
  const dissent = radiography.getByTestId("safety-glance").locator(".safety-statement");
  await expect(dissent).toHaveCount(1);
  await expect(dissent).toHaveAttribute("data-dissents", "true");
  await expect(dissent).toContainText("Rank 4 (consumer article)");
  await expect(dissent).toContainText("disagrees with the headline");
  await radiography.getByText("What each source says").click();
  const acog = radiography.locator('.safety-sources [data-rank="2"]');
  await expect(acog).toHaveAttribute("data-text-kind", "SUMMARY");
  await expect(acog).toContainText("Summary (not the source's words)");
  await expect(acog.locator(".statement-citation")).toContainText("No. 723");
  await expect(acog.locator(".summary-of")).toContainText("Summary of American College of Obstetricians");
  await expect(radiography.locator('.safety-sources [data-rank="4"]')).toContainText(
    "Quote (the source's own words)",
  );
  await radiography.screenshot({ path: testInfo.outputPath("07-dissent.png") });

  // Back spasms at 30 weeks: the articles, all of rank 4, split on heat packs: CONFLICTING, both sides shown.
  await page.goto("/?present=back-spasms&week=30");
  const heat = page.getByTestId("safety-panel").locator('[data-subject-id="heat-packs"]');
  await expect(heat).toHaveAttribute("data-level", "CONFLICTING");
  await expect(heat).toContainText("Conflicting at week 30: equally ranked sources disagree");
  await expect(heat.locator(".headline-note")).toHaveText(
    "⇄ Read from rank 4 (consumer article): sources of that rank split between usable and not usable",
  );
  const sides = heat.getByTestId("safety-glance").locator(".safety-statement");
  await expect(sides.filter({ hasText: "Allowed" }).first()).toBeVisible();
  await expect(sides.filter({ hasText: "Contraindicated" })).toHaveCount(1);
  await heat.screenshot({ path: testInfo.outputPath("08-conflicting.png") });
});

test("a shared case link asks for its differential and case graph once, from the HTML, and the page uses those answers", async ({
  page,
}) => {
  const operations: string[] = [];
  page.on("request", (request) => {
    if (!request.url().endsWith("/graphql") || request.method() !== "POST") return;
    const query = String((request.postDataJSON() as { query?: string } | null)?.query ?? "");
    operations.push(/\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "?");
  });
  await page.goto(VIGNETTE);
  await waitForLayout(page);
  await expect(page.getByTestId("candidates").locator("li.candidate").first()).toBeVisible();
  // The inline script (src/differential/early-case.ts) asked; the page's queries took both
  // answers (src/api/early.ts): none is left, and none was asked twice.
  await expect.poll(() => page.evaluate(() => window.__bpxEarly?.length ?? -1)).toBe(0);
  expect(operations).toEqual(["CaseDifferential", "CaseGraph"]);
});
