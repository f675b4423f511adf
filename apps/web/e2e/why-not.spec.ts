import { expect, type Page } from "@playwright/test";
import { addFinding, seriousViolations, cleanTest as test, VIGNETTE } from "./helpers";

interface ApiCandidate {
  condition: { id: string; name: string };
  probability: number;
  capped: boolean;
  opposing: { finding: { name: string }; likelihoodRatio: number }[];
  raisers: { finding: { name: string }; likelihoodRatio: number }[];
}

/** The differential as the API gives it, through the app's /graphql route. */
async function apiDifferential(page: Page, present: string[], week: number) {
  const response = await page.request.post("/graphql", {
    data: {
      query: `query($input: DifferentialInput!) { differential(input: $input) {
        otherProbability omittedProbability
        candidates { condition { id name } probability capped opposing { finding { name } likelihoodRatio } raisers(first: 3) { finding { name } likelihoodRatio } }
        redFlags { id message }
      } }`,
      variables: { input: { present, gestationalWeek: week } },
    },
  });
  const body = await response.json();
  return body.data.differential as {
    otherProbability: number;
    omittedProbability: number;
    candidates: ApiCandidate[];
    redFlags: { id: string; message: string }[];
  };
}

/** The page's own format (src/shared/format.ts), so the test reads the number the way a reader does. */
function toPercent(probability: number): string {
  const percent = probability * 100;
  if (percent > 0 && percent < 0.1) return "<0.1%";
  if (percent < 10) return `${percent.toFixed(1).replace(/\.0$/, "")}%`;
  return `${Math.round(percent)}%`;
}

function settled(page: Page) {
  return expect(page.locator('section.differential[aria-busy="false"]')).toBeVisible();
}

test("numbers come with their band and the unlisted mass; why not higher and compare, finding by finding", async ({
  page,
}, testInfo) => {
  const api = await apiDifferential(page, ["fever", "dysuria", "unilateral-pain"], 24);
  await page.goto(VIGNETTE);
  await settled(page);

  // The unlisted causes are a row of their own, and the legend says what the numbers are.
  const unlisted = page.getByTestId("unlisted-mass");
  await expect(unlisted).toContainText("Causes not listed in the graph");
  await expect(unlisted).toContainText(toPercent(api.otherProbability));
  // The causes ranked below the ten shown keep their share: shown as a row, not hidden.
  const ranked = api.candidates.reduce((sum, c) => sum + c.probability, 0);
  expect(ranked + api.omittedProbability + api.otherProbability).toBeCloseTo(1, 9);
  const unranked = api.omittedProbability;
  if (unranked >= 0.0005) await expect(page.getByTestId("unranked-mass")).toContainText(toPercent(unranked));
  else await expect(page.getByTestId("unranked-mass")).toHaveCount(0);
  await page.getByTestId("numbers-legend").locator("summary").click();
  await expect(page.getByTestId("numbers-legend")).toContainText("no confidence interval");

  const leader = page.getByTestId("candidates").locator("li.candidate").first();
  const top = api.candidates[0] as ApiCandidate;
  await expect(leader).toHaveAttribute("data-condition-id", top.condition.id);
  await expect(leader.locator(".probability-band")).toContainText(
    top.probability >= 0.9 ? "very likely" : /likely|possible/,
  );
  if (top.capped) await expect(leader.locator(".probability-band")).toContainText("(ceiling)");

  // Why not higher: at the ceiling it says so, and lists what would raise it as the API ranks it.
  await leader.getByRole("button", { name: /^Why not higher\?/ }).click();
  const why = leader.getByTestId("why-not");
  if (top.capped) await expect(why).toContainText("held at the 90% ceiling");
  const raise = why.getByTestId("would-raise").locator("li");
  await expect(raise).toHaveCount(top.raisers.length);
  for (const [index, raiser] of top.raisers.entries()) {
    await expect(raise.nth(index)).toContainText(raiser.finding.name);
  }

  // The runner-up is held back by an entered finding with a ratio below 1.
  const second = api.candidates[1] as ApiCandidate;
  const runnerUp = page.getByTestId("candidates").locator(`li[data-condition-id="${second.condition.id}"]`);
  await runnerUp.getByRole("button", { name: /^Why not higher\?/ }).click();
  const holding = runnerUp.getByTestId("holding-back").locator("li");
  const lowering = second.opposing.filter((item) => item.likelihoodRatio < 1);
  expect(lowering.length).toBeGreaterThan(0);
  await expect(holding).toHaveCount(lowering.length);
  for (const item of lowering)
    await expect(runnerUp.getByTestId("holding-back")).toContainText(item.finding.name);
  expect(await seriousViolations(page)).toEqual([]);

  // Compare the two side by side: one row per entered finding that moved either.
  await leader.getByRole("button", { name: /^Compare/ }).click();
  await expect(page.getByText(`Pick one more cause to compare with ${top.condition.name}`)).toBeVisible();
  await runnerUp.getByRole("button", { name: /^Compare/ }).click();
  const compare = page.getByTestId("compare-view");
  await expect(compare.getByRole("heading")).toHaveText(
    `${top.condition.name} compared with ${second.condition.name}`,
  );
  const fever = compare.locator('tr[data-finding-id="fever"]');
  await expect(fever).toContainText("raises");
  await expect(fever).toContainText("lowers");
  await expect(fever.locator("td").last()).toHaveText(top.condition.name);
  await expect(compare.locator("tbody tr[data-finding-id]")).toHaveCount(3);
  expect(await seriousViolations(page)).toEqual([]);

  for (const width of [360, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await compare.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`why-not-compare-${width}.png`), fullPage: true });
  }
  await compare.getByRole("button", { name: "Close the comparison" }).click();
  await expect(compare).toHaveCount(0);
});

test("the red-flag live region speaks once per new flag, while the banner stays", async ({ page }) => {
  await page.goto("/?week=24");
  const announcer = page.getByTestId("red-flag-announcer");
  await expect(announcer).toHaveAttribute("aria-live", "assertive");
  await expect(announcer).toHaveText("");
  // Every text the region takes, in order: a screen reader speaks each change.
  await announcer.evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { announced: string[] }).announced = seen;
    new MutationObserver(() => {
      const text = element.textContent ?? "";
      if (seen[seen.length - 1] !== text) seen.push(text);
    }).observe(element, { childList: true, characterData: true, subtree: true });
  });
  const announced = () => page.evaluate(() => (window as unknown as { announced: string[] }).announced);

  await addFinding(page, "nausea", "Nausea");
  await settled(page);
  await expect(page.getByTestId("red-flags")).toHaveCount(0);
  expect(await announced()).toEqual([]);

  await addFinding(page, "fever", "Fever");
  const withFever = await apiDifferential(page, ["nausea", "fever"], 24);
  await expect(page.getByTestId("red-flags").locator("[data-flag-id]")).toHaveCount(
    withFever.redFlags.length,
  );
  await expect.poll(announced).toHaveLength(1);
  for (const flag of withFever.redFlags) expect((await announced())[0]).toContain(flag.message);

  await addFinding(page, "painful urination", "Painful urination");
  const withDysuria = await apiDifferential(page, ["nausea", "fever", "dysuria"], 24);
  const fresh = withDysuria.redFlags.filter((flag) => !withFever.redFlags.some((old) => old.id === flag.id));
  expect(fresh.length).toBeGreaterThan(0);
  await expect(page.getByTestId("red-flags").locator("[data-flag-id]")).toHaveCount(
    withDysuria.redFlags.length,
  );
  await expect.poll(announced).toHaveLength(2);
  const second = (await announced())[1] ?? "";
  for (const flag of fresh) expect(second).toContain(flag.message);
  for (const flag of withFever.redFlags) expect(second).not.toContain(flag.message);

  // More findings and a new week: the API raises no flag it has not raised before, so nothing is said.
  const seen = new Set(withDysuria.redFlags.map((flag) => flag.id));
  await addFinding(page, "unilateral back pain", "Unilateral back pain");
  await page.getByLabel("Gestational week").fill("25");
  const later = await apiDifferential(page, ["nausea", "fever", "dysuria", "unilateral-pain"], 25);
  expect(later.redFlags.filter((flag) => !seen.has(flag.id))).toEqual([]);
  await expect(page).toHaveURL(/week=25/);
  await settled(page);
  await expect(page.getByTestId("red-flags").locator("[data-flag-id]")).toHaveCount(later.redFlags.length);
  expect(await announced()).toHaveLength(2);

  // Without fever a flag may go and another come (the API decides); only one never seen is said.
  await page.getByRole("button", { name: /^Remove Fever/ }).click();
  const noFever = await apiDifferential(page, ["nausea", "dysuria", "unilateral-pain"], 25);
  const newOnes = noFever.redFlags.filter((flag) => !seen.has(flag.id));
  for (const flag of noFever.redFlags) seen.add(flag.id);
  await settled(page);
  await expect(page.getByTestId("red-flags").locator("[data-flag-id]")).toHaveCount(noFever.redFlags.length);
  await expect.poll(announced).toHaveLength(newOnes.length > 0 ? 3 : 2);
  for (const flag of newOnes) expect((await announced())[2]).toContain(flag.message);

  // Fever back: every flag has been said before, so the region stays as it is.
  const before = (await announced()).length;
  await addFinding(page, "fever", "Fever");
  const back = await apiDifferential(page, ["nausea", "dysuria", "unilateral-pain", "fever"], 25);
  expect(back.redFlags.filter((flag) => !seen.has(flag.id))).toEqual([]);
  await settled(page);
  await expect(page.getByTestId("red-flags").locator("[data-flag-id]")).toHaveCount(back.redFlags.length);
  expect(await announced()).toHaveLength(before);
  await expect(page.getByTestId("red-flags")).not.toHaveAttribute("role", "alert");
});
